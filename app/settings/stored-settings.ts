/**
 * Reads stored settings back without Zod (which stays out of the start-up bundle). What was
 * stored passed the schema when it was saved, so this only guards against a damaged record
 * and against an app update: a nation or language this version no longer has is dropped and
 * the rest kept, never the whole record thrown away. Route ids and directory slots are not
 * checked here, so the directory and route data stay out of the start-up bundle too: an
 * unknown one matches nothing on the outcome, and the staff area prunes them (prune-settings.ts).
 */
import { NATIONS, type Nation, type RouteId } from '../../rules/index.ts';
import {
  DEFAULT_SITE_SETTINGS,
  IDLE_MINUTES_MAX,
  IDLE_MINUTES_MIN,
  type LocalContact,
  type SafeguardingLead,
  type SiteSettings,
} from './site-settings.ts';

/** The record in the `settings` store under `SETTINGS_KEY`. */
export interface StoredSettings {
  v: 1;
  settings: SiteSettings;
}

export const SETTINGS_KEY = 'site';

type Loose = Record<string, unknown>;
const isRecord = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

function leadOf(v: unknown): SafeguardingLead | undefined {
  if (!isRecord(v)) return undefined;
  const name = text(v.name);
  const phone = text(v.phone);
  return name && phone ? { name, phone } : undefined;
}

function contactOf(v: unknown): LocalContact | undefined {
  if (!isRecord(v)) return undefined;
  const id = text(v.id);
  const name = text(v.name);
  const routes = Array.isArray(v.routes) ? v.routes.filter((r): r is RouteId => typeof r === 'string') : [];
  if (!id || !name || routes.length === 0) return undefined;
  const phone = text(v.phone);
  const web = text(v.web);
  const slot = text(v.slot);
  return {
    id,
    name,
    ...(phone ? { phone } : {}),
    ...(web?.startsWith('https://') ? { web } : {}),
    ...(slot ? { slot } : {}),
    routes,
  };
}

/** Settings from whatever was stored; anything unusable falls back to the default for that field. */
export function settingsFromStored(raw: unknown, languages: readonly string[]): SiteSettings {
  const settings: SiteSettings = { ...DEFAULT_SITE_SETTINGS, localContacts: [] };
  if (!isRecord(raw) || raw.v !== 1 || !isRecord(raw.settings)) return settings;
  const s = raw.settings;
  const organisationName = text(s.organisationName);
  if (organisationName) settings.organisationName = organisationName;
  if ((NATIONS as readonly unknown[]).includes(s.nation)) settings.nation = s.nation as Nation;
  if (typeof s.workerLanguage === 'string' && languages.includes(s.workerLanguage)) settings.workerLanguage = s.workerLanguage;
  const idle = s.idleMinutes;
  if (typeof idle === 'number' && Number.isInteger(idle) && idle >= IDLE_MINUTES_MIN && idle <= IDLE_MINUTES_MAX) settings.idleMinutes = idle;
  const lead = leadOf(s.safeguardingLead);
  if (lead) settings.safeguardingLead = lead;
  const contacts = Array.isArray(s.localContacts) ? s.localContacts.map(contactOf).filter((c) => c !== undefined) : [];
  const seen = new Set<string>();
  settings.localContacts = contacts.filter((c) => !seen.has(c.id) && seen.add(c.id));
  settings.monitoringEnabled = s.monitoringEnabled === true;
  return settings;
}

export const toStored = (settings: SiteSettings): StoredSettings => ({ v: 1, settings });
