/**
 * Per-site settings. Issue 6 will let a site lead edit these on the device; until then every
 * site runs on the defaults. Nothing here is about the person being helped.
 */
import type { Nation } from '../../rules/index.ts';

export interface SafeguardingLead {
  name: string;
  phone: string;
}

export interface SiteSettings {
  /** The nation the site is in; a `?nation=` URL parameter overrides it. */
  nation?: Nation;
  /** Minutes without input before the idle warning (then a 60 s countdown and a wipe). */
  idleMinutes: number;
  safeguardingLead?: SafeguardingLead;
}

export const DEFAULT_SITE_SETTINGS: SiteSettings = { idleMinutes: 10 };

/** Seconds the idle warning counts down before it wipes. */
export const IDLE_COUNTDOWN_SECONDS = 60;
