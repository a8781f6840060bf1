/**
 * The settings form as typed (strings, so nothing typed is lost to a failed parse) and its
 * conversion to the file shape the schema checks. Problems map back to the form's fields.
 */
import { nationOf } from '../../rules/index.ts';
import { SOURCE_LANGUAGE } from '../i18n/locale-files.ts';
import { FILE_FORMAT } from './settings-file.ts';
import type { LocalContact, SiteSettings } from './site-settings.ts';

export interface SettingsDraft {
  organisationName: string;
  nation: string;
  workerLanguage: string;
  idleMinutes: string;
  leadName: string;
  leadPhone: string;
  monitoring: 'on' | 'off';
}

export function draftOf(settings: SiteSettings): SettingsDraft {
  return {
    organisationName: settings.organisationName ?? '',
    nation: settings.nation ?? nationOf({}),
    workerLanguage: settings.workerLanguage ?? SOURCE_LANGUAGE,
    idleMinutes: String(settings.idleMinutes),
    leadName: settings.safeguardingLead?.name ?? '',
    leadPhone: settings.safeguardingLead?.phone ?? '',
    monitoring: settings.monitoringEnabled ? 'on' : 'off',
  };
}

const optional = (text: string) => (text.trim() === '' ? undefined : text);

/** The file the form describes, with the stored contacts (edited on their own page). */
export function candidateOf(draft: SettingsDraft, localContacts: readonly LocalContact[]): Record<string, unknown> {
  const idle = draft.idleMinutes.trim();
  const leadGiven = draft.leadName.trim() !== '' || draft.leadPhone.trim() !== '';
  return {
    format: FILE_FORMAT,
    version: 1,
    organisationName: optional(draft.organisationName),
    nation: draft.nation || undefined,
    workerLanguage: draft.workerLanguage || undefined,
    // "" and "ten" become NaN, which the schema reports as not a whole number of minutes.
    idleMinutes: idle === '' ? undefined : Number(idle),
    // Name and phone go together: one without the other is reported on the empty one.
    safeguardingLead: leadGiven ? { name: draft.leadName, phone: draft.leadPhone } : undefined,
    localContacts,
    monitoringEnabled: draft.monitoring === 'on',
  };
}

/** The id of the input a problem's path points at (the error summary links to it). */
export const SETTINGS_FIELD_IDS: Readonly<Record<string, string>> = {
  organisationName: 'settings-organisation',
  nation: 'settings-nation-england',
  workerLanguage: 'settings-language',
  idleMinutes: 'settings-idle',
  safeguardingLead: 'settings-lead-name',
  'safeguardingLead.name': 'settings-lead-name',
  'safeguardingLead.phone': 'settings-lead-phone',
  monitoringEnabled: 'settings-monitoring-on',
};

export const sameDraft = (a: SettingsDraft, b: SettingsDraft): boolean => JSON.stringify(a) === JSON.stringify(b);
