import { useTranslation } from 'react-i18next';

/** While a language loads. Its words may not be loaded yet, so it says little and shows a spinner. */
export function LoadingScreen() {
  const { t, ready } = useTranslation('common', { useSuspense: false });
  return (
    <main id="main" className="screen screen-loading" data-screen="loading" aria-busy="true">
      <div className="spinner" aria-hidden="true" />
      <p role="status" className="loading-text">
        {ready ? t('loading.body') : '…'}
      </p>
    </main>
  );
}
