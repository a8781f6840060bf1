import { useCallback, useEffect, useState } from 'react';
import { clearFeedback, loadFeedback, type QuestionFeedback } from './feedback.ts';
import { clearCounts, loadCounts, type MonthCounts } from './monitoring.ts';

export type MonitoringData =
  | { state: 'loading' }
  | { state: 'failed' }
  | { state: 'ready'; months: MonthCounts[]; feedback: QuestionFeedback[] };

/** The counts and feedback stored on this device, read when the page opens; and clearing them. */
export function useMonitoringData() {
  const [data, setData] = useState<MonitoringData>({ state: 'loading' });
  const load = useCallback(() => {
    Promise.all([loadCounts(), loadFeedback()]).then(
      ([months, feedback]) => setData({ state: 'ready', months, feedback }),
      () => setData({ state: 'failed' }),
    );
  }, []);
  useEffect(load, [load]);
  /** True when both stores were cleared; the page shows what is left either way. */
  const clear = useCallback(async (): Promise<boolean> => {
    const done = await Promise.all([clearCounts(), clearFeedback()]).then(
      () => true,
      () => false,
    );
    load();
    return done;
  }, [load]);
  return { data, clear };
}
