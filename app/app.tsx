import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from './components/error-boundary.tsx';
import { SessionNotice } from './components/session-notice.tsx';
import { CurrentScreen } from './current-screen.tsx';
import { useJourney } from './journey/use-journey.ts';
import { LanguageControl } from './languages/language-control.tsx';
import { WorkerDraftNote } from './languages/worker-draft-note.tsx';
import { useMonitoringRecorder } from './monitoring/use-monitoring-recorder.ts';
import { AppFooter } from './pwa/app-footer.tsx';
import { PwaNotices } from './pwa/pwa-notices.tsx';
import { IdleDialog } from './safety/idle-dialog.tsx';
import { QuickExitButton } from './safety/quick-exit-button.tsx';
import { useIdleTimer } from './safety/use-idle-timer.ts';
import { useTripleEscape } from './safety/use-triple-escape.ts';
import { ExitScreen } from './screens/exit-screen.tsx';
import { IDLE_COUNTDOWN_SECONDS } from './settings/site-settings.ts';
import { useSiteSettings } from './settings/site-settings-context.ts';

/** The page: quick exit always at the top, the current screen, and the idle guard. */
export function App() {
  const { t } = useTranslation();
  const journey = useJourney();
  const { idleMinutes } = useSiteSettings();
  useTripleEscape(journey.quickExit);
  useMonitoringRecorder();
  const idle = useIdleTimer({
    active: journey.screen !== 'start' && journey.screen !== 'exit',
    idleMs: idleMinutes * 60_000,
    countdownMs: IDLE_COUNTDOWN_SECONDS * 1000,
    onTimeout: journey.finish,
  });

  if (journey.screen === 'exit') return <ExitScreen onLeave={journey.leaveExit} />;

  return (
    <>
      <div className="page" inert={idle.secondsLeft !== null}>
        <a className="skip-link" href="#main">
          {t('app.skipToContent')}
        </a>
        <header className="app-header no-print">
          <div className="app-header-bar">
            <span className="app-name">{t('app.name')}</span>
            <LanguageControl />
            <QuickExitButton onExit={journey.quickExit} />
          </div>
          <WorkerDraftNote />
          {journey.notice && <SessionNotice notice={journey.notice} onDismiss={journey.dismissNotice} />}
        </header>
        <div className="page-body">
          <ErrorBoundary key={journey.generation} onRestart={journey.finish}>
            <CurrentScreen />
          </ErrorBoundary>
        </div>
        <AppFooter />
        <PwaNotices />
      </div>
      {idle.secondsLeft !== null && <IdleDialog secondsLeft={idle.secondsLeft} onStay={idle.stay} />}
    </>
  );
}
