import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useJourney } from '../journey/use-journey.ts';
import { BUILD_ID } from './build-id.ts';
import { usePwa } from './pwa-context.ts';
import { useUpdateOffer } from './use-update-offer.ts';

/**
 * The quiet corner: which version this is, and, during a journey, that an update waits for the
 * next start. Back on the start screen (after a Finish) it also asks the server for updates,
 * so a tablet left open for days still hears of a new version.
 */
export function AppFooter() {
  const { t } = useTranslation();
  const { checkForUpdate } = usePwa();
  const { screen, generation } = useJourney();
  const offer = useUpdateOffer();
  const atStart = screen === 'start';

  useEffect(() => {
    if (atStart) checkForUpdate();
  }, [atStart, generation, checkForUpdate]);

  return (
    <footer className="app-footer no-print">
      <p className="app-footer-build" data-build-id={BUILD_ID}>
        {t('pwa.build', { id: BUILD_ID })}
      </p>
      {/* Below the build id, so that appearing it moves nothing already on screen. */}
      {offer.pending && (
        <p className="app-footer-note" data-notice="update-pending">
          {t('pwa.updatePending')}
        </p>
      )}
    </footer>
  );
}
