/**
 * When to offer an update. Never in the middle of a journey: only on the start screen, and
 * again after each Finish if the worker chose "Later". Elsewhere the footer notes it quietly.
 */
import { useJourney } from '../journey/use-journey.ts';
import { usePwa } from './pwa-context.ts';
import { hasJourneyInProgress, keepJourneyForReload } from './keep-journey.ts';

export interface UpdateOfferState {
  /** Show "Update ready" with its choice: on the start screen, unless declined since the last Finish. */
  offered: boolean;
  /** Ready, but waiting for the next start (or declined until then): the footer notes it. */
  pending: boolean;
  /** Back at the start mid-journey: accepting keeps the answers (they are saved first). */
  keepsAnswers: boolean;
  accept(): void;
  decline(): void;
}

export function useUpdateOffer(): UpdateOfferState {
  const pwa = usePwa();
  const journey = useJourney();
  const offered = pwa.updateReady && journey.screen === 'start' && pwa.declinedIn !== journey.generation;
  return {
    offered,
    pending: pwa.updateReady && !offered,
    keepsAnswers: hasJourneyInProgress(journey.answers),
    accept() {
      // The worker may have come back to the start mid-journey: the reload must not lose that.
      keepJourneyForReload(journey.answers);
      pwa.applyUpdate();
    },
    decline: () => pwa.declineUpdate(journey.generation),
  };
}
