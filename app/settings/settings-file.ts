/** Site settings to and from the exported file's shape (the schema checks the file itself). */
import { nationOf, type Nation, type RouteId } from '../../rules/index.ts';
import { SOURCE_LANGUAGE } from '../i18n/locale-files.ts';
import type { LocalContact, SiteSettings } from './site-settings.ts';

export const FILE_FORMAT = 'waymark-site-settings';

/** The file as written; `SiteSettingsFile` (settings-schema.ts) is the same shape, as checked. */
export interface SettingsFileShape {
  format: typeof FILE_FORMAT;
  version: 1;
  organisationName?: string;
  nation: Nation;
  workerLanguage: string;
  idleMinutes: number;
  safeguardingLead?: { name: string; phone: string };
  localContacts: LocalContact[];
  monitoringEnabled: boolean;
}

/** A site that never chose a nation or language exports what it actually runs on. */
export function toSettingsFile(settings: SiteSettings): SettingsFileShape {
  return {
    format: FILE_FORMAT,
    version: 1,
    ...(settings.organisationName ? { organisationName: settings.organisationName } : {}),
    nation: settings.nation ?? nationOf({}),
    workerLanguage: settings.workerLanguage ?? SOURCE_LANGUAGE,
    idleMinutes: settings.idleMinutes,
    ...(settings.safeguardingLead ? { safeguardingLead: settings.safeguardingLead } : {}),
    localContacts: settings.localContacts,
    monitoringEnabled: settings.monitoringEnabled,
  };
}

interface CheckedFile extends Omit<SettingsFileShape, 'format' | 'localContacts'> {
  format: string;
  localContacts: (Omit<LocalContact, 'routes'> & { routes: readonly RouteId[] })[];
}

export function fromSettingsFile(file: CheckedFile): SiteSettings {
  return {
    ...(file.organisationName ? { organisationName: file.organisationName } : {}),
    nation: file.nation,
    workerLanguage: file.workerLanguage,
    idleMinutes: file.idleMinutes,
    ...(file.safeguardingLead ? { safeguardingLead: { ...file.safeguardingLead } } : {}),
    localContacts: file.localContacts.map((c) => ({ ...c, routes: [...c.routes] })),
    monitoringEnabled: file.monitoringEnabled,
  };
}

/** `waymark-settings-<organisation>-<date>.json`; the name is slugged so any file system takes it. */
export function settingsFileName(settings: SiteSettings, today: Date): string {
  const org = slug(settings.organisationName ?? '');
  return `waymark-settings${org ? `-${org}` : ''}-${today.toISOString().slice(0, 10)}.json`;
}

/** Lower-case ASCII letters and digits joined by hyphens; may be empty for non-Latin text. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}
