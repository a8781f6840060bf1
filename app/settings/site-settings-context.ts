import { createContext, useContext } from 'react';
import { DEFAULT_SITE_SETTINGS, type SiteSettings } from './site-settings.ts';

export const SiteSettingsContext = createContext<SiteSettings>(DEFAULT_SITE_SETTINGS);

export const useSiteSettings = (): SiteSettings => useContext(SiteSettingsContext);
