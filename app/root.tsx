import { Suspense } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { App } from './app.tsx';
import { JourneyProvider } from './journey/journey-provider.tsx';
import type { BootedJourney } from './journey/boot-journey.ts';
import { LanguagesProvider } from './languages/languages-provider.tsx';
import { LoadingScreen } from './screens/loading-screen.tsx';
import type { SettingsStatus } from './settings/settings-store.ts';
import type { SettingsOverrides } from './settings/settings-store-context.ts';
import type { SiteSettings } from './settings/site-settings.ts';
import { SiteSettingsProvider } from './settings/site-settings-provider.tsx';

interface Props {
  i18n: I18n;
  /** The site's stored settings (read from IndexedDB at boot, or the defaults). */
  settings: SiteSettings;
  settingsStatus?: SettingsStatus;
  /** URL presets that win over the stored settings for this page (`?nation=`). */
  settingsOverrides?: SettingsOverrides;
  storage?: Storage;
  booted?: BootedJourney;
  /** The client's language at start (interpreter view): `&clientLng=` or this tab's choice. */
  clientLng?: string | null;
}

/** Everything the app needs around it: language, site settings and the journey. */
export function Root({ i18n, settings, settingsStatus, settingsOverrides, storage, booted, clientLng = null }: Props) {
  return (
    <I18nextProvider i18n={i18n}>
      <SiteSettingsProvider settings={settings} status={settingsStatus} overrides={settingsOverrides}>
        <JourneyProvider storage={storage} booted={booted}>
          <LanguagesProvider initialClient={clientLng} storage={storage}>
            <Suspense fallback={<LoadingScreen />}>
              <App />
            </Suspense>
          </LanguagesProvider>
        </JourneyProvider>
      </SiteSettingsProvider>
    </I18nextProvider>
  );
}
