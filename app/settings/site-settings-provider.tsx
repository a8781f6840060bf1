import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { saveSiteSettings, type SettingsStatus } from './settings-store.ts';
import { SettingsStoreContext, type SettingsOverrides, type SettingsStore } from './settings-store-context.ts';
import type { SiteSettings } from './site-settings.ts';
import { SiteSettingsContext } from './site-settings-context.ts';

interface Props {
  children: ReactNode;
  /** The stored settings read at boot (or the defaults). */
  settings: SiteSettings;
  status?: SettingsStatus;
  overrides?: SettingsOverrides;
  /** Where saved settings go; IndexedDB unless a test says otherwise. */
  persist?: (settings: SiteSettings) => Promise<void>;
}

/**
 * Holds the site settings: screens read the effective ones (stored, with the URL's `?nation=`
 * on top) through `useSiteSettings`; the staff area reads and saves the stored ones. (The
 * worker's language at boot is chosen in main.tsx, see bootLanguages.)
 */
export function SiteSettingsProvider({ children, settings, status = 'saved', overrides = {}, persist = saveSiteSettings }: Props) {
  const [current, setCurrent] = useState({ stored: settings, status });
  const { nation } = overrides;

  const save = useCallback(
    async (next: SiteSettings) => {
      await persist(next);
      setCurrent({ stored: next, status: 'saved' });
    },
    [persist],
  );

  const effective = useMemo<SiteSettings>(() => ({ ...current.stored, ...(nation ? { nation } : {}) }), [current.stored, nation]);
  const store = useMemo<SettingsStore>(
    () => ({ stored: current.stored, status: current.status, overrides: nation ? { nation } : {}, save }),
    [current, nation, save],
  );

  return (
    <SettingsStoreContext.Provider value={store}>
      <SiteSettingsContext.Provider value={effective}>{children}</SiteSettingsContext.Provider>
    </SettingsStoreContext.Provider>
  );
}
