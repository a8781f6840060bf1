import { lazy, Suspense, useState } from 'react';
import { LoadingScreen } from '../screens/loading-screen.tsx';
import { StartScreen } from '../screens/start-screen.tsx';
import { StaffViewContext, type StaffView } from './staff-view.ts';

// The staff area is a lazy chunk: the forms, the schema and the charts never slow a journey's start.
const StaffArea = lazy(() => import('./staff-area.tsx').then((m) => ({ default: m.StaffArea })));

/**
 * The start screen, or the staff area opened from it. The staff view is plain state under the
 * journey's generation key, so Quick exit, Finish and idle wipes always leave it; it holds
 * nothing about a person, so it needs no URL and no storage.
 */
export function StaffAreaGate() {
  const [view, setView] = useState<StaffView | null>(null);
  if (view) {
    return (
      <Suspense fallback={<LoadingScreen />}>
        <StaffArea initialView={view} onLeave={() => setView(null)} />
      </Suspense>
    );
  }
  return (
    <StaffViewContext.Provider value={setView}>
      <StartScreen />
    </StaffViewContext.Provider>
  );
}
