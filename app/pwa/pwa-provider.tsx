import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { PwaContext, type PwaController } from './pwa-context.ts';
import { registerServiceWorker, type RegisterServiceWorker, type ServiceWorkerBridge } from './service-worker.ts';

interface Props {
  children: ReactNode;
  /** Tests pass a fake; the app registers the real worker. */
  register?: RegisterServiceWorker;
}

/** Registers the service worker once, after the first render, and holds what it reports. */
export function PwaProvider({ children, register = registerServiceWorker }: Props) {
  const [bridge, setBridge] = useState<ServiceWorkerBridge | null>(null);
  const [offlineReady, setOfflineReady] = useState(false);
  const [updateReady, setUpdateReady] = useState(false);
  const [declinedIn, setDeclinedIn] = useState<number | null>(null);

  useEffect(() => {
    setBridge(
      register((status) => {
        if (status === 'offline-ready') setOfflineReady(true);
        if (status === 'update-ready') setUpdateReady(true);
      }),
    );
  }, [register]);

  const controller = useMemo<PwaController>(
    () => ({
      offlineReady,
      dismissOfflineReady: () => setOfflineReady(false),
      updateReady,
      declinedIn,
      declineUpdate: setDeclinedIn,
      applyUpdate: () => bridge?.applyUpdate(),
      checkForUpdate: () => bridge?.checkForUpdate(),
    }),
    [bridge, offlineReady, updateReady, declinedIn],
  );

  return <PwaContext.Provider value={controller}>{children}</PwaContext.Provider>;
}
