/**
 * Site settings on the device. Boot reads them before the first screen, but never waits long:
 * if IndexedDB is slow, blocked or missing, the app runs on the defaults and says so.
 */
import { availableLanguages } from '../i18n/locale-files.ts';
import { idbGet, idbPut } from './idb.ts';
import { DEFAULT_SITE_SETTINGS, type SiteSettings } from './site-settings.ts';
import { SETTINGS_KEY, settingsFromStored, toStored } from './stored-settings.ts';

/** `saved`: settings were read; `none`: nothing saved yet; `unavailable`: could not read (defaults in use). */
export type SettingsStatus = 'saved' | 'none' | 'unavailable';

export interface LoadedSettings {
  settings: SiteSettings;
  status: SettingsStatus;
}

/** Long enough for a slow tablet's first open (usually a few ms), short enough to not be noticed as a hang. */
export const LOAD_TIMEOUT_MS = 2500;

export async function loadSiteSettings(timeoutMs = LOAD_TIMEOUT_MS): Promise<LoadedSettings> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('IndexedDB did not answer in time')), timeoutMs);
  });
  try {
    const raw = await Promise.race([idbGet<unknown>('settings', SETTINGS_KEY), timeout]);
    if (raw === undefined) return { settings: DEFAULT_SITE_SETTINGS, status: 'none' };
    return { settings: settingsFromStored(raw, availableLanguages()), status: 'saved' };
  } catch {
    return { settings: DEFAULT_SITE_SETTINGS, status: 'unavailable' };
  } finally {
    clearTimeout(timer);
  }
}

/** Replaces the stored settings. Rejects if the device would not store them (the caller says so). */
export function saveSiteSettings(settings: SiteSettings): Promise<void> {
  return idbPut('settings', SETTINGS_KEY, toStored(settings));
}
