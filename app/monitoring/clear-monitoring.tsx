import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Clear every count and all question feedback, only after an explicit second step. */
export function ClearMonitoring({ onClear, disabled }: { onClear: () => void; disabled: boolean }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button type="button" className="button button-warning" data-action="clear-monitoring" disabled={disabled} onClick={() => setConfirming(true)}>
        {t('monitoring.clear')}
      </button>
    );
  }
  return (
    <div className="confirm-box" role="group" aria-labelledby="clear-question">
      <p id="clear-question">
        <strong>{t('monitoring.clearQuestion')}</strong>
      </p>
      <div className="button-group">
        <button
          type="button"
          className="button button-warning"
          data-action="confirm-clear"
          onClick={() => {
            setConfirming(false);
            onClear();
          }}
        >
          {t('monitoring.clearYes')}
        </button>
        <button type="button" className="button button-secondary" data-action="cancel-clear" onClick={() => setConfirming(false)}>
          {t('settingsArea.cancel')}
        </button>
      </div>
    </div>
  );
}
