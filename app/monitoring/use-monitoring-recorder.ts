/**
 * Anonymous monitoring: counts one journey, once, the first time it reaches the outcome.
 *
 * Why there: the outcome is where routes are shown, and many sessions never press Finish (the
 * tab is closed, the idle wipe or Quick exit ends them), so counting at Finish would undercount.
 * "Once" is a marker in sessionStorage: a reload on the outcome does not count again, and every
 * wipe (which clears sessionStorage) or a return to the start lets the next journey count.
 * Going back from the outcome and changing answers does not count again either: it is the same
 * person. The marker holds no answer, only that this tab's journey was counted.
 */
import { useEffect } from 'react';
import { useJourney } from '../journey/use-journey.ts';
import { useLanguages } from '../languages/languages-context.ts';
import { useSiteSettings } from '../settings/site-settings-context.ts';

export const COUNTED_KEY = 'waymark.counted';

function session(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

const isCounted = () => {
  try {
    return session()?.getItem(COUNTED_KEY) === '1';
  } catch {
    return false;
  }
};
const setCounted = (counted: boolean) => {
  try {
    if (counted) session()?.setItem(COUNTED_KEY, '1');
    else session()?.removeItem(COUNTED_KEY);
  } catch {
    // Blocked storage: a reload on the outcome might count twice; nothing else is affected.
  }
};

export function useMonitoringRecorder(): void {
  const { monitoringEnabled } = useSiteSettings();
  const { screen, outcome } = useJourney();
  const { worker, client } = useLanguages();

  useEffect(() => {
    if (screen === 'start') setCounted(false);
    if (!monitoringEnabled || screen !== 'outcome' || !outcome || isCounted()) return;
    setCounted(true);
    const journey = { nation: outcome.nation, routes: outcome.routes, flags: outcome.flags, workerLanguage: worker, ...(client ? { clientLanguage: client } : {}) };
    // Counting must never get in the way of the outcome: loaded only when needed (it is not
    // start-up code), and a failed write is dropped.
    import('./monitoring.ts')
      .then(({ recordJourney }) => recordJourney(journey))
      .catch(() => undefined);
  }, [monitoringEnabled, screen, outcome, worker, client]);
}
