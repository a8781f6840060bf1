/** The local contact editor's fields as typed, and the contact they describe. */
import { DIRECTORY, NATIONS, ROUTES } from '../../rules/index.ts';
import { GROUP_ORDER } from '../outcome/group-routes.ts';
import { slug } from './settings-file.ts';
import type { LocalContact } from './site-settings.ts';

export interface ContactDraft {
  name: string;
  phone: string;
  web: string;
  slot: string;
  routes: string[];
}

export const PER_SITE_SLOTS = DIRECTORY.filter((o) => o.perSite);

export const contactDraftOf = (contact: LocalContact | undefined): ContactDraft => ({
  name: contact?.name ?? '',
  phone: contact?.phone ?? '',
  web: contact?.web ?? '',
  slot: contact?.slot ?? '',
  routes: [...(contact?.routes ?? [])],
});

/** The routes whose signposts (in any nation) include a per-site slot: a good first guess when one is chosen. */
export function routesUsingSlot(slot: string): string[] {
  return ROUTES.filter((route) => NATIONS.some((n) => route.law[n].signposts.includes(slot))).map((r) => r.id);
}

/** A stable id for a new contact: from its name, unique among `taken`; `local-` keeps it apart from the directory's ids. */
export function newContactId(name: string, taken: readonly string[]): string {
  const base = `local-${slug(name) || 'contact'}`;
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
  return id;
}

const optional = (text: string) => (text.trim() === '' ? undefined : text.trim());

export function contactCandidate(draft: ContactDraft, id: string): Record<string, unknown> {
  return {
    id,
    name: draft.name,
    phone: optional(draft.phone),
    web: optional(draft.web),
    slot: optional(draft.slot),
    routes: draft.routes,
  };
}

export const CONTACT_FIELD_IDS: Readonly<Record<string, string>> = {
  name: 'contact-name',
  phone: 'contact-phone',
  web: 'contact-web',
  slot: 'contact-slot',
  // The first checkbox of the route picker, which lists the groups in outcome order.
  routes: `contact-route-${GROUP_ORDER.map((g) => ROUTES.find((r) => r.group === g)).find(Boolean)!.id}`,
};
