import { useTranslation } from 'react-i18next';
import { ScreenHeading } from '../components/screen-heading.tsx';

/** The neutral page after a quick exit: nothing on it says what this app is for. */
export function ExitScreen({ onLeave }: { onLeave: () => void }) {
  const { t } = useTranslation();
  return (
    <main id="main" className="screen screen-exit" data-screen="exit">
      <ScreenHeading documentTitle={t('exit.documentTitle')}>{t('exit.title')}</ScreenHeading>
      <p>{t('exit.body')}</p>
      <button type="button" className="button button-secondary" data-action="continue" onClick={onLeave}>
        {t('exit.continue')}
      </button>
    </main>
  );
}
