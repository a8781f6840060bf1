/**
 * The page's side of the service worker (workbox-window), after Squoosh's sw-bridge:
 * "Ready to work offline" on first install; "Update ready" only with the worker's consent;
 * reload only when a new worker takes over from an old one. Never reloads by itself.
 */
export type UpdateStatus = 'none' | 'offline-ready' | 'update-ready';

export interface ServiceWorkerBridge {
  /** Activate the waiting version; the page reloads once it takes control. */
  applyUpdate(): void;
}

export function registerServiceWorker(onStatus: (status: UpdateStatus) => void): ServiceWorkerBridge {
  let applyUpdate = () => {};
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return { applyUpdate: () => applyUpdate() };

  // workbox-window loads after the first screen, so it costs nothing at start-up.
  void import('workbox-window').then(({ Workbox }) => {
    const wb = new Workbox(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });
    const hadController = Boolean(navigator.serviceWorker.controller);
    wb.addEventListener('installed', (event) => {
      if (!event.isUpdate) onStatus('offline-ready');
    });
    wb.addEventListener('waiting', () => onStatus('update-ready'));
    wb.addEventListener('controlling', (event) => {
      if (hadController && event.isUpdate) window.location.reload();
    });
    applyUpdate = () => wb.messageSkipWaiting();
    void wb.register();
  });
  return { applyUpdate: () => applyUpdate() };
}
