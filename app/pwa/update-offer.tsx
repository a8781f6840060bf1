import { useTranslation } from 'react-i18next';
import type { UpdateOfferState } from './use-update-offer.ts';

/** "Update ready", on the start screen only, with the worker's choice: now or later. */
export function UpdateOffer({ offer }: { offer: UpdateOfferState }) {
  const { t } = useTranslation();
  return (
    <div className="pwa-notice" data-notice="update-ready">
      <p role="status">
        {t('pwa.updateReady')}
        {offer.keepsAnswers && ` ${t('pwa.updateKeepsAnswers')}`}
      </p>
      <div className="pwa-notice-actions">
        <button type="button" className="button pwa-notice-button" data-action="apply-update" onClick={offer.accept}>
          {t('pwa.updateNow')}
        </button>
        <button type="button" className="link-button" data-action="decline-update" onClick={offer.decline}>
          {t('pwa.later')}
        </button>
      </div>
    </div>
  );
}
