/** Local contacts on the outcome: beside the national signposts, marked local, filling per-site entries. */
import '../support/hooks.ts';
import { describe, expect, it } from 'vitest';
import { getRoute, type Organisation } from '../../../rules/index.ts';
import { mergeLocalContacts } from '../../../app/outcome/local-signposts.ts';
import { routeView } from '../../../app/outcome/route-view.ts';
import type { LocalContact } from '../../../app/settings/site-settings.ts';
import { walkToOutcome } from '../support/render-app.tsx';
import { COUNCIL_ADULTS, FOOD_BANK, renderWithSettings } from '../support/site-settings.tsx';
import { ADULT_REFUSED } from '../../support/answer-sets.ts';

const ids = (signposts: ReturnType<typeof mergeLocalContacts>) =>
  signposts.map((s) => (s.kind === 'local' ? `local:${s.contact.id}` : s.org.id));

const national = (route: string): Organisation[] => routeView(route, 'england').organisations;

describe('merging local contacts into a route', { timeout: 20_000 }, () => {
  it('puts a slot-filling contact in place of the per-site entry, wherever the route signposts it', () => {
    const route = 'adult-safeguarding-referral';
    expect(getRoute(route).law.england.signposts[0]).toBe('council-adult-social-care');
    // This contact does not list the route, but it is the site's adult social care.
    expect(ids(mergeLocalContacts(route, national(route), [COUNCIL_ADULTS]))).toEqual(['local:local-leeds-adults', 'emergency-999']);
  });

  it('adds a contact after the national signposts of each route it serves, and only those', () => {
    const serves = 'voluntary-sector-destitution-support';
    expect(ids(mergeLocalContacts(serves, national(serves), [FOOD_BANK]))).toEqual([...national(serves).map((o) => o.id), 'local:local-food-bank']);
    expect(ids(mergeLocalContacts('gp-registration', national('gp-registration'), [FOOD_BANK]))).toEqual(national('gp-registration').map((o) => o.id));
  });

  it('shows a contact once even when it both fills a slot and lists the route', () => {
    const both: LocalContact = { ...COUNCIL_ADULTS, routes: ['adult-safeguarding-referral'] };
    expect(ids(mergeLocalContacts('adult-safeguarding-referral', national('adult-safeguarding-referral'), [both]))).toEqual(['local:local-leeds-adults', 'emergency-999']);
  });

  it('leaves the placeholder when no contact fills the slot', () => {
    expect(ids(mergeLocalContacts('adult-safeguarding-referral', national('adult-safeguarding-referral'), [FOOD_BANK]))).toEqual(['council-adult-social-care', 'emergency-999']);
  });
});

describe('the outcome screen', { timeout: 20_000 }, () => {
  it('shows each local contact as a card marked local, on the routes it serves, instead of the placeholder', async () => {
    const { user } = await renderWithSettings({ localContacts: [COUNCIL_ADULTS, { ...FOOD_BANK, routes: ['gp-registration', 'maternity-care'] }] });
    await walkToOutcome(user, ADULT_REFUSED);
    const card = document.querySelector<HTMLElement>('[data-route-id=la-adult-care-assessment] [data-org-id=local-leeds-adults]');
    expect(card).toHaveAttribute('data-local', 'true');
    expect(card!.querySelector('a[href="tel:01132224401"]')).toBeInTheDocument();
    expect(document.querySelector('[data-route-id=la-adult-care-assessment] [data-org-id=council-adult-social-care]')).toBeNull();
    // Every local card says it is local, in words too.
    for (const local of document.querySelectorAll('[data-local=true]')) expect(local.querySelector('.tag')).toHaveTextContent(/./);
    // Only on the routes it serves that this outcome shows (no maternity care here), after the national ones.
    const foodBank = [...document.querySelectorAll('[data-org-id=local-food-bank]')];
    expect(foodBank.map((c) => c.closest('[data-route-id]')!.getAttribute('data-route-id'))).toEqual(['gp-registration']);
    expect(foodBank[0]!.parentElement!.lastElementChild).toBe(foodBank[0]);
    expect(foodBank[0]).toHaveAttribute('data-local', 'true');
  });
});
