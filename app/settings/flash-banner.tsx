import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Flash } from './use-settings-actions.ts';

/**
 * GOV.UK notification banner after an action: success, or that the device would not store the
 * settings (the old ones are still in use). It takes focus so the result is read out at once.
 */
export function FlashBanner({ flash }: { flash: Flash }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [flash]);
  const failed = flash === 'notStored';
  return (
    <div
      ref={ref}
      className={`notification-banner${failed ? ' notification-banner-error' : ' notification-banner-success'}`}
      role={failed ? 'alert' : 'status'}
      tabIndex={-1}
      data-flash={flash}
    >
      <p className="notification-banner-text">{t(`settingsArea.flash.${flash}`)}</p>
    </div>
  );
}
