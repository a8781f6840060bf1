import '@testing-library/jest-dom/vitest';
import './support/hooks.ts';
import { describe, expect, it } from 'vitest';
import { WORKER_ONLY_FLAGS } from '../../rules/index.ts';
import { flagKey, routeKey } from '../../app/i18n/keys.ts';
import { currentScreen, walkToOutcome } from './support/render-app.tsx';
import { renderLanguages } from './support/languages.tsx';
import { ADULT_REFUSED_TRAFFICKED } from '../support/answer-sets.ts';

const flagsShown = () => [...document.querySelectorAll<HTMLElement>('[data-flag-id]')].map((e) => e.dataset.flagId!);
const routesShown = () => [...document.querySelectorAll<HTMLElement>('[data-route-id]')].map((e) => e.dataset.routeId!);

describe('"show to the person"', { timeout: 20_000 }, () => {
  it('shows the routes in the client language alone, and never a worker-only flag, status class or flag text', async () => {
    const { user, i18n } = await renderLanguages({ worker: 'en', client: 'ar' });
    await walkToOutcome(user, ADULT_REFUSED_TRAFFICKED);
    const workerFlags = flagsShown();
    expect(workerFlags.filter((f) => WORKER_ONLY_FLAGS.includes(f as never)).length).toBeGreaterThan(0);
    const routes = routesShown();

    await user.click(document.querySelector<HTMLElement>('[data-action=person-view]')!);
    expect(currentScreen()).toBe('outcome-person');
    const main = document.querySelector('main')!;
    expect(main).toHaveAttribute('lang', 'ar');
    expect(main).toHaveAttribute('dir', 'rtl');
    expect(document.activeElement).toBe(main.querySelector('h1'));
    expect(routesShown()).toEqual(routes);
    expect(flagsShown()).toEqual([]);
    const text = main.textContent!;
    for (const flag of workerFlags) {
      expect(text).not.toContain(i18n.t(flagKey(flag)));
      expect(text).not.toContain(i18n.t(flagKey(flag), { lng: 'ar' }));
    }
    // No worker blocks beside the person's language, and every route title is in Arabic.
    expect(main.querySelectorAll('[data-lang-block=worker]')).toHaveLength(0);
    for (const id of routes) {
      expect(main.querySelector(`[data-route-id="${id}"] h2`)!.textContent).toBe(i18n.t(routeKey(id, 'title'), { ns: 'routes', lng: 'ar' }));
    }
    // No law and no worker-only details.
    expect(main.querySelectorAll('details, .legal-basis, [data-source-id], [data-confidence]')).toHaveLength(0);
    // Organisations the person can call, with one tap.
    expect(main.querySelectorAll('[data-org-id] a[href^="tel:"]').length).toBeGreaterThan(0);
  });

  it('has an easy way back to the worker view, with the flags again', async () => {
    const { user } = await renderLanguages({ worker: 'en', client: 'ar' });
    await walkToOutcome(user, ADULT_REFUSED_TRAFFICKED);
    const before = flagsShown();
    await user.click(document.querySelector<HTMLElement>('[data-action=person-view]')!);
    const back = document.querySelector<HTMLElement>('main [data-action=worker-view]')!;
    // The way back is for the worker, in the worker's language.
    expect(back).toHaveAttribute('lang', 'en');
    await user.click(back);
    expect(currentScreen()).toBe('outcome');
    expect(flagsShown()).toEqual(before);
  });

  it("lists the site's own local contacts for a route, with one tap to call", async () => {
    const contact = { id: 'our-law-centre', name: 'Our Law Centre', phone: '020 7946 0000', routes: ['oisc-adviser' as const] };
    const { user } = await renderLanguages({ worker: 'en', client: 'ar', settings: { localContacts: [contact] } });
    await walkToOutcome(user, ADULT_REFUSED_TRAFFICKED);
    await user.click(document.querySelector<HTMLElement>('[data-action=person-view]')!);
    const card = document.querySelector('[data-route-id=oisc-adviser] [data-org-id=our-law-centre]');
    expect(card?.querySelector('a')).toHaveAttribute('href', 'tel:02079460000');
  });

  it("without a client language it is in the worker's language", async () => {
    const { user } = await renderLanguages({ worker: 'cy' });
    await walkToOutcome(user, ADULT_REFUSED_TRAFFICKED);
    await user.click(document.querySelector<HTMLElement>('[data-action=person-view]')!);
    expect(document.querySelector('main')).toHaveAttribute('lang', 'cy');
    expect(flagsShown()).toEqual([]);
  });
});
