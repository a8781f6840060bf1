/**
 * A route's signposts with the site's local contacts merged in. A local contact with a
 * per-site slot takes the place of that slot's placeholder card (a `perSite` directory entry
 * has no national number) wherever the rules signpost it; every other local contact that
 * serves the route follows the national signposts, marked as local.
 */
import type { Organisation } from '../../rules/index.ts';
import type { LocalContact } from '../settings/site-settings.ts';

export type Signpost = { kind: 'national'; org: Organisation } | { kind: 'local'; contact: LocalContact };

export function mergeLocalContacts(routeId: string, national: readonly Organisation[], contacts: readonly LocalContact[]): Signpost[] {
  const shown = new Set<string>();
  const merged = national.flatMap((org): Signpost[] => {
    const filling = org.perSite ? contacts.filter((c) => c.slot === org.id) : [];
    if (filling.length === 0) return [{ kind: 'national', org }];
    for (const contact of filling) shown.add(contact.id);
    return filling.map((contact) => ({ kind: 'local', contact }));
  });
  const serving = contacts.filter((c) => !shown.has(c.id) && (c.routes as readonly string[]).includes(routeId));
  return [...merged, ...serving.map((contact): Signpost => ({ kind: 'local', contact }))];
}
