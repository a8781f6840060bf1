/**
 * What the page knows about its service worker, for the notices and the footer. Outside a
 * <PwaProvider> (tests, or a browser without service workers) nothing is ever ready.
 */
import { createContext, useContext } from 'react';

export interface PwaController {
  /** The new worker has precached everything: say once that Waymark now works offline. */
  offlineReady: boolean;
  dismissOfflineReady(): void;
  /** A new version is waiting (or took over in another tab); it is applied only on consent. */
  updateReady: boolean;
  /** The journey generation in which the worker chose "Later" (the offer returns after Finish). */
  declinedIn: number | null;
  declineUpdate(generation: number): void;
  applyUpdate(): void;
  checkForUpdate(): void;
}

const nothing = () => {};

export const NO_PWA: PwaController = {
  offlineReady: false,
  dismissOfflineReady: nothing,
  updateReady: false,
  declinedIn: null,
  declineUpdate: nothing,
  applyUpdate: nothing,
  checkForUpdate: nothing,
};

export const PwaContext = createContext<PwaController>(NO_PWA);

export const usePwa = (): PwaController => useContext(PwaContext);
