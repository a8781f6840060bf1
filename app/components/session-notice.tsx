import { useTranslation } from 'react-i18next';
import type { SessionNotice as Notice } from '../journey/boot-journey.ts';

/** A short, dismissible note about the saved session (discarded, replayed under new rules, or not replayable). */
export function SessionNotice({ notice, onDismiss }: { notice: Notice; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="session-notice" role="status" data-notice={notice}>
      <p>{notice === 'replayFailed' ? t('pwa.replayFailed') : t(`session.${notice}`)}</p>
      <button type="button" className="link-button" data-action="dismiss-notice" onClick={onDismiss}>
        {t('session.dismiss')}
      </button>
    </div>
  );
}
