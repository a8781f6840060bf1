import { Suspense } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { App } from './app.tsx';
import { JourneyProvider } from './journey/journey-provider.tsx';
import type { BootedJourney } from './journey/boot-journey.ts';
import { LoadingScreen } from './screens/loading-screen.tsx';
import type { SiteSettings } from './settings/site-settings.ts';
import { SiteSettingsContext } from './settings/site-settings-context.ts';

interface Props {
  i18n: I18n;
  settings: SiteSettings;
  storage?: Storage;
  booted?: BootedJourney;
}

/** Everything the app needs around it: language, site settings and the journey. */
export function Root({ i18n, settings, storage, booted }: Props) {
  return (
    <I18nextProvider i18n={i18n}>
      <SiteSettingsContext.Provider value={settings}>
        <JourneyProvider storage={storage} booted={booted}>
          <Suspense fallback={<LoadingScreen />}>
            <App />
          </Suspense>
        </JourneyProvider>
      </SiteSettingsContext.Provider>
    </I18nextProvider>
  );
}
