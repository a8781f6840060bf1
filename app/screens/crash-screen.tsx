import { useTranslation } from 'react-i18next';
import { ScreenHeading } from '../components/screen-heading.tsx';

/** Plain recovery after a screen failed to render. The answers are still in the journey. */
export function CrashScreen({ onRetry, onRestart }: { onRetry: () => void; onRestart: () => void }) {
  const { t } = useTranslation();
  return (
    <main id="main" className="screen" data-screen="error">
      <ScreenHeading documentTitle={t('crash.title')}>{t('crash.title')}</ScreenHeading>
      <p>{t('crash.body')}</p>
      <div className="button-group">
        <button type="button" className="button" data-action="continue" onClick={onRetry}>
          {t('crash.retry')}
        </button>
        <button type="button" className="button button-secondary" onClick={onRestart}>
          {t('crash.restart')}
        </button>
      </div>
    </main>
  );
}
