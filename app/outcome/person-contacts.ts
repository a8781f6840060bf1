/**
 * Who the person can contact about one route: the national organisations open to the public
 * (one only professionals may call is for the worker, not a number to hand over) and the
 * site's own local contacts, merged as the worker's view merges them.
 */
import type { Nation } from '../../rules/index.ts';
import type { LocalContact } from '../settings/site-settings.ts';
import { mergeLocalContacts } from './local-signposts.ts';
import { routeView } from './route-view.ts';

export interface PersonContact {
  /** `data-org-id`: a directory id, or the local contact's id. */
  id: string;
  name: string;
  phone?: string;
  /** The directory entry whose "what it does" text describes it, if any. */
  describedBy?: string;
  /** A directory name (English, stays English); a local contact's name is as the site wrote it. */
  national: boolean;
}

export function personContacts(route: string, nation: Nation, localContacts: readonly LocalContact[]): PersonContact[] {
  return mergeLocalContacts(route, routeView(route, nation).organisations, localContacts).flatMap((signpost): PersonContact[] => {
    if (signpost.kind === 'local') {
      const { id, name, phone, slot } = signpost.contact;
      return [{ id, name, phone, describedBy: slot, national: false }];
    }
    const { org } = signpost;
    if (!org.who.includes('person')) return [];
    return [{ id: org.id, name: org.name, phone: org.perSite ? undefined : org.phone, describedBy: org.id, national: true }];
  });
}
