import { usePwa } from './pwa-context.ts';
import { OfflineReadyNotice } from './offline-ready-notice.tsx';
import { UpdateOffer } from './update-offer.tsx';
import { useUpdateOffer } from './use-update-offer.ts';

/**
 * The service worker's news, in a strip fixed to the bottom of the screen: "Ready to work
 * offline" once, and the update offer on the start screen. Fixed, so that news arriving after
 * the first paint never pushes the screen's content down under someone's finger.
 */
export function PwaNotices() {
  const { offlineReady } = usePwa();
  const offer = useUpdateOffer();
  if (!offlineReady && !offer.offered) return null;
  return (
    <div className="pwa-notices no-print">
      {offlineReady && <OfflineReadyNotice />}
      {offer.offered && <UpdateOffer offer={offer} />}
    </div>
  );
}
