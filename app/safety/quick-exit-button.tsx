import { useTranslation } from 'react-i18next';

/** Always at the top: wipes everything at once and shows a neutral page. */
export function QuickExitButton({ onExit }: { onExit: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <button type="button" className="button button-exit" data-action="quick-exit" aria-describedby="quick-exit-hint" onClick={onExit}>
        {t('quickExit.button')}
      </button>
      <span id="quick-exit-hint" className="visually-hidden">
        {t('quickExit.hint')}
      </span>
    </>
  );
}
