import { useTranslation } from 'react-i18next';
import { useSettingsStore } from './settings-store-context.ts';
import { useOpenStaffView } from './staff-view.ts';

/** The way into the staff area from the start screen, and a note if the site's settings could not be read. */
export function StaffEntry() {
  const { t } = useTranslation();
  const open = useOpenStaffView();
  const { stored, status } = useSettingsStore();
  if (!open) return null;
  return (
    <section className="staff-entry no-print" aria-labelledby="staff-entry-title">
      <h2 id="staff-entry-title" className="heading-s">
        {t('settingsArea.entry.title')}
      </h2>
      {status === 'unavailable' && (
        <p className="warning-text" role="status" data-notice="settings-unavailable">
          {t('settingsArea.entry.unavailable')}
        </p>
      )}
      {stored.organisationName && <p className="org-meta">{t('settingsArea.entry.setUpFor', { name: stored.organisationName })}</p>}
      <button type="button" className="link-button" data-action="site-settings" onClick={() => open('settings')}>
        {t('settingsArea.entry.link')}
      </button>
    </section>
  );
}
