/**
 * Entry point. The worker's language is loaded before the first render (index.html shows a
 * plain loading state meanwhile); no locale is in this bundle. The service worker registers
 * after the first render (PwaProvider), and never reloads the page without the worker's consent.
 */
import { startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { createI18n } from './i18n/i18n.ts';
import { SOURCE_LANGUAGE, prefetchLanguages } from './i18n/locale-files.ts';
import { bootLanguages, readSavedLanguages, sessionStorageOrNone } from './languages/saved-languages.ts';
import { markBuild } from './pwa/build-id.ts';
import { PwaProvider } from './pwa/pwa-provider.tsx';
import { loadOutcomeRules } from './journey/outcome-rules.ts';
import { readSession } from './journey/session-store.ts';
import { Root } from './root.tsx';
import { loadSiteSettings } from './settings/settings-store.ts';
import type { SiteSettings } from './settings/site-settings.ts';
import { readUrlPreset } from './settings/url-preset.ts';
import './styles/base.css';
import './styles/utilities.css';
import './styles/layout.css';
import './styles/buttons.css';
import './styles/screens.css';
import './styles/forms.css';
import './styles/outcome.css';
import './styles/print.css';
import './styles/pwa.css';
import './styles/interpreter.css';
import './styles/languages.css';
import './styles/settings.css';

markBuild();
const preset = readUrlPreset(window.location.search);
const saved = readSavedLanguages(sessionStorageOrNone());
// Start fetching the likely worker language (and English, the fallback) while IndexedDB answers:
// the first screen waits for both, so doing them one after the other costs start-up time.
prefetchLanguages([bootLanguages(saved, preset).worker, SOURCE_LANGUAGE]);
// The site's stored settings come before the first screen; a slow or broken IndexedDB is
// given up on after a short wait, and the app runs on the defaults with a notice.
const site = await loadSiteSettings();
const settings: SiteSettings = site.settings;
const languages = bootLanguages(saved, preset, settings.workerLanguage);
const i18n = await createI18n({ lng: languages.worker });
// Interpreter view: the client's language loads before the first render too (its own chunk).
if (languages.client) await i18n.loadLanguages(languages.client);

// A journey restored from this tab may resume at its outcome, which needs the outcome rules
// (a later chunk) before the first render; a fresh start does not wait for them.
if (readSession(sessionStorageOrNone()).kind === 'ok') await loadOutcomeRules();

// A transition lets React render the first screen in short slices instead of one long task,
// so a slow tablet stays responsive while it starts (Lighthouse: about half the blocking time).
const root = createRoot(document.getElementById('root')!);
startTransition(() =>
  root.render(
    <PwaProvider>
      <Root
        i18n={i18n}
        settings={settings}
        settingsStatus={site.status}
        settingsOverrides={preset.nation ? { nation: preset.nation } : {}}
        clientLng={languages.client}
      />
    </PwaProvider>,
  ),
);
