/**
 * The danger, review and outcome screens load in their own chunks: they bring the directory and
 * the legal sources, which the start screen does not need, and so keep the start-up bundle within
 * its budget. Both are fetched right after the first screen shows (and precached by the service
 * worker), long before anyone can reach them.
 */
import { lazyScreen } from './lazy-screen.tsx';

export const lazyDangerScreen = lazyScreen(() => import('./danger-screen.tsx').then((m) => m.DangerScreen));
export const lazyReviewScreen = lazyScreen(() => import('./review-screen.tsx').then((m) => m.ReviewScreen));
export const lazyOutcomeScreen = lazyScreen(() => import('./outcome-screen.tsx').then((m) => m.OutcomeScreen));

export function preloadLaterScreens(): Promise<unknown> {
  return Promise.all([lazyDangerScreen.preload(), lazyReviewScreen.preload(), lazyOutcomeScreen.preload()]);
}
