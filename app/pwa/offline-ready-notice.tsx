import { useTranslation } from 'react-i18next';
import { usePwa } from './pwa-context.ts';

/** Said once, on the first install: from now on Waymark works with the network off. */
export function OfflineReadyNotice() {
  const { t } = useTranslation();
  const pwa = usePwa();
  return (
    <div className="pwa-notice" data-notice="offline-ready">
      <p role="status">{t('pwa.offlineReady')}</p>
      <button type="button" className="link-button" data-action="dismiss-offline-ready" onClick={pwa.dismissOfflineReady}>
        {t('pwa.dismiss')}
      </button>
    </div>
  );
}
