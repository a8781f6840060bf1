/**
 * Settings stored under older rules may name a route or a per-site directory slot this
 * version no longer has. The staff area (a lazy chunk, so the rules data stay out of the
 * start-up bundle) shows and saves them pruned, so an export always passes the schema.
 */
import { DIRECTORY, ROUTE_IDS, type RouteId } from '../../rules/index.ts';
import type { LocalContact, SiteSettings } from './site-settings.ts';

const PER_SITE_SLOTS = new Set(DIRECTORY.filter((o) => o.perSite).map((o) => o.id));
const DIRECTORY_IDS = new Set(DIRECTORY.map((o) => o.id));
const ROUTES = new Set<string>(ROUTE_IDS);

function pruneContact(contact: LocalContact): LocalContact | undefined {
  const routes = contact.routes.filter((r): r is RouteId => ROUTES.has(r));
  if (routes.length === 0 || DIRECTORY_IDS.has(contact.id)) return undefined;
  const pruned: LocalContact = { ...contact, routes };
  if (pruned.slot !== undefined && !PER_SITE_SLOTS.has(pruned.slot)) delete pruned.slot;
  return pruned;
}

/** The same settings object when nothing needed pruning (so React sees no change). */
export function pruneToRules(settings: SiteSettings): SiteSettings {
  const contacts = settings.localContacts.map(pruneContact).filter((c) => c !== undefined);
  const same = contacts.length === settings.localContacts.length && contacts.every((c, i) => JSON.stringify(c) === JSON.stringify(settings.localContacts[i]));
  return same ? settings : { ...settings, localContacts: contacts };
}
