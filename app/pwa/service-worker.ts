/**
 * The page's side of the service worker, after Squoosh's sw-bridge: "Ready to work offline" on
 * first install; "Update ready" only with the worker's consent; a reload only when this page
 * asked for the update. Never reloads by itself. The workbox-window half is loaded lazily.
 */
export type UpdateStatus = 'none' | 'offline-ready' | 'update-ready';

export interface ServiceWorkerBridge {
  /** Activate the waiting version; the page reloads once it takes control. */
  applyUpdate(): void;
  /** Ask the server whether a new version exists (quietly does nothing when offline). */
  checkForUpdate(): void;
}

export type RegisterServiceWorker = (onStatus: (status: UpdateStatus) => void) => ServiceWorkerBridge;

const NO_WORKER: ServiceWorkerBridge = { applyUpdate: () => {}, checkForUpdate: () => {} };

export const registerServiceWorker: RegisterServiceWorker = (onStatus) => {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return NO_WORKER;
  let bridge = NO_WORKER;
  void import('./workbox-bridge.ts')
    .then(({ connectWorkbox }) => connectWorkbox(onStatus))
    .then((connected) => {
      if (connected) bridge = connected;
    });
  return { applyUpdate: () => bridge.applyUpdate(), checkForUpdate: () => bridge.checkForUpdate() };
};
