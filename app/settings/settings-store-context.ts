import { createContext, useContext } from 'react';
import type { Nation } from '../../rules/index.ts';
import type { SettingsStatus } from './settings-store.ts';
import { DEFAULT_SITE_SETTINGS, type SiteSettings } from './site-settings.ts';

/** What the URL presets for this page: it wins over the stored defaults but is never saved. */
export interface SettingsOverrides {
  nation?: Nation;
}

/** The stored settings behind the effective ones, for the staff area that edits them. */
export interface SettingsStore {
  stored: SiteSettings;
  status: SettingsStatus;
  overrides: SettingsOverrides;
  /** Stores and applies; rejects (keeping the old settings) if the device will not store them. */
  save(next: SiteSettings): Promise<void>;
}

const unsaved = () => Promise.reject(new Error('No settings store'));

export const SettingsStoreContext = createContext<SettingsStore>({
  stored: DEFAULT_SITE_SETTINGS,
  status: 'none',
  overrides: {},
  save: unsaved,
});

export const useSettingsStore = (): SettingsStore => useContext(SettingsStoreContext);
