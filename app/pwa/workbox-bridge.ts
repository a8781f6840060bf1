/**
 * The workbox-window half of the bridge, in its own chunk with workbox-window itself: it loads
 * after the first screen, so registering the worker costs the start-up bundle nothing.
 */
import { Workbox } from 'workbox-window';
import type { ServiceWorkerBridge, UpdateStatus } from './service-worker.ts';

export async function connectWorkbox(onStatus: (status: UpdateStatus) => void): Promise<ServiceWorkerBridge | undefined> {
  const wb = new Workbox(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });
  let requested = false;
  wb.addEventListener('activated', (event) => {
    if (!event.isUpdate && !event.isExternal) onStatus('offline-ready');
  });
  wb.addEventListener('waiting', () => onStatus('update-ready'));
  wb.addEventListener('controlling', (event) => {
    if (requested) window.location.reload();
    // Another tab accepted an update: no reload here, which would cut a journey short.
    // This page offers the update (a plain reload) at its next start instead.
    else if (event.isUpdate) onStatus('update-ready');
  });
  const registration = await registerOrRetryOnline(wb);
  // No worker (blocked, or never fetched): the app still runs, just not offline.
  if (!registration) return undefined;
  return {
    applyUpdate() {
      requested = true;
      // Nothing waiting means a new version already took control (another tab): just reload.
      if (registration.waiting) wb.messageSkipWaiting();
      else window.location.reload();
    },
    checkForUpdate() {
      wb.update().catch(() => undefined);
    },
  };
}

/** Some browsers refuse to register without the network: then try once more when it is back. */
async function registerOrRetryOnline(wb: Workbox): Promise<ServiceWorkerRegistration | undefined> {
  try {
    return await wb.register();
  } catch {
    await new Promise((resolve) => window.addEventListener('online', resolve, { once: true }));
    return wb.register().catch(() => undefined);
  }
}
