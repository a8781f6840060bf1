/**
 * Per-site settings, edited in the staff area and kept in IndexedDB on the device (see
 * settings-store.ts). Nothing here is about the person being helped.
 */
import type { Nation, RouteId } from '../../rules/index.ts';

export interface SafeguardingLead {
  name: string;
  phone: string;
}

/**
 * A local service the site adds (its council's numbers, its law centre...). It appears on the
 * outcome for the routes it serves; with a `slot` it also fills that per-site directory entry
 * (a `perSite` organisation, which has no national number) wherever the rules signpost it.
 */
export interface LocalContact {
  /** Kebab-case, unique among the contacts and never a national directory id. */
  id: string;
  name: string;
  phone?: string;
  web?: string;
  slot?: string;
  routes: RouteId[];
}

export interface SiteSettings {
  organisationName?: string;
  /** The nation the site is in; a `?nation=` URL parameter overrides it. */
  nation?: Nation;
  /** The worker's language at start; `?lng=` (and a choice made in the tab) overrides it. */
  workerLanguage?: string;
  /** Minutes without input before the idle warning (then a 60 s countdown and a wipe). */
  idleMinutes: number;
  safeguardingLead?: SafeguardingLead;
  localContacts: LocalContact[];
  /** Anonymous monitoring counts; off until the site turns it on. */
  monitoringEnabled: boolean;
}

export const DEFAULT_SITE_SETTINGS: SiteSettings = { idleMinutes: 10, localContacts: [], monitoringEnabled: false };

export const IDLE_MINUTES_MIN = 2;
export const IDLE_MINUTES_MAX = 60;
export const MAX_TEXT_LENGTH = 120;
export const MAX_LOCAL_CONTACTS = 50;

/** Seconds the idle warning counts down before it wipes. */
export const IDLE_COUNTDOWN_SECONDS = 60;
