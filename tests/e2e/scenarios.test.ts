/**
 * Every worked case of scenarios.json walked through the built app by its page hooks; the
 * routes on the outcome equal the triage command's, in the same order.
 */
import { describe, expect, it } from 'vitest';
import { runTriage } from '../../rules/triage.ts';
import type { Outcome } from '../../rules/index.ts';
import scenarios from '../rules/scenarios.json';
import { useBrowser } from './support/browser.ts';
import { open, routeIds, walk } from './support/journey.ts';

const e2e = useBrowser();

const triage = new Map(
  (runTriage(JSON.stringify(scenarios.map(({ id, answers }) => ({ id, answers })))) as Array<{ id: string } & Outcome>).map((o) => [o.id, o]),
);

describe('worked cases in the browser', () => {
  // Independent pages (each its own context and session storage), a few at a time.
  it.concurrent.each(scenarios.map((s) => [s.id, s] as const))('%s: the outcome shows the triage routes', async (id, scenario) => {
    const page = await e2e.newPage();
    await open(page, e2e.origin);
    await walk(page, scenario.answers);
    const expected = triage.get(id)!;
    expect(await routeIds(page)).toEqual(expected.routes);
    const orgs = await page.$$eval('[data-org-id]', (els) => [...new Set(els.map((el) => el.getAttribute('data-org-id')))]);
    expect(new Set(orgs)).toEqual(new Set(expected.signposts));
    await page.context().close();
  });

  it('made no request to any other origin', () => {
    expect(e2e.requests.length).toBeGreaterThan(0);
    expect(e2e.requests.filter((url) => !url.startsWith(`${e2e.origin}/`))).toEqual([]);
  });
});
