/**
 * Entry point. The worker's language is loaded before the first render (index.html shows a
 * plain loading state meanwhile); no locale is in this bundle. The service worker (issue 4)
 * registers here too.
 */
import { createRoot } from 'react-dom/client';
import { createI18n } from './i18n/i18n.ts';
import { pickLanguage } from './i18n/locale-files.ts';
import { Root } from './root.tsx';
import { DEFAULT_SITE_SETTINGS, type SiteSettings } from './settings/site-settings.ts';
import { readUrlPreset } from './settings/url-preset.ts';
import './styles/base.css';
import './styles/utilities.css';
import './styles/layout.css';
import './styles/buttons.css';
import './styles/screens.css';
import './styles/forms.css';
import './styles/outcome.css';
import './styles/print.css';

const preset = readUrlPreset(window.location.search);
const settings: SiteSettings = { ...DEFAULT_SITE_SETTINGS, ...(preset.nation ? { nation: preset.nation } : {}) };
const i18n = await createI18n({ lng: pickLanguage(preset.lng) });

createRoot(document.getElementById('root')!).render(<Root i18n={i18n} settings={settings} />);
