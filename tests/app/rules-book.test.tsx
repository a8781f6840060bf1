/**
 * "How Waymark decides" in the app: opened from a route's legal basis on the outcome, it names
 * every rule and every route for the outcome's nation, and Back returns to the same outcome.
 */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ROUTE_IDS } from '../../rules/routes.ts';
import { RULES } from '../../rules/rule-set.ts';
import { QUESTION_IDS } from '../../rules/questions.ts';
import { ORGANISATION_IDS } from '../../rules/directory.ts';
import { currentScreen, renderApp, walkToOutcome } from './support/render-app.tsx';

const WALES_REFUSED = {
  q_nation: 'wales', q_danger: 'no', q_age: '25plus', q_status: 'asylum_refused', q_claim_where: 'after_entry',
  q_ho_support: 'none', q_destitute: 'yes', q_children: 'none', q_pregnant: 'no', q_care_need: ['illness'],
  q_mha: 'no', q_council_refused: 'no', q_flags: [],
};

describe('How Waymark decides', () => {
  it('opens from the legal basis, lists every rule and route, and Back returns to the outcome', async () => {
    const { user } = await renderApp();
    await walkToOutcome(user, WALES_REFUSED);
    const routesBefore = [...document.querySelectorAll('[data-route-id]')].map((e) => e.getAttribute('data-route-id'));
    const open = document.querySelectorAll<HTMLElement>('[data-action="rules-book"]');
    expect(open.length).toBe(routesBefore.length);
    await user.click(open[0]!);
    await screen.findByRole('heading', { level: 1 });
    expect(currentScreen()).toBe('rules-book');
    const rules = [...document.querySelectorAll('[data-rule-id]')].map((e) => e.getAttribute('data-rule-id'));
    expect(rules).toEqual(RULES.map((r) => r.id));
    const routes = [...document.querySelectorAll('[data-book-route-id]')].map((e) => e.getAttribute('data-book-route-id'));
    expect([...routes].sort()).toEqual([...ROUTE_IDS].sort());
    const ids = (attr: string) => [...document.querySelectorAll(`[${attr}]`)].map((e) => e.getAttribute(attr));
    expect(ids('data-book-question-id')).toEqual([...QUESTION_IDS]);
    expect([...ids('data-book-org-id')].sort()).toEqual([...ORGANISATION_IDS].sort());
    // Wales: the Welsh adult-care law, not the Care Act, for la-adult-care-assessment.
    expect(document.querySelector('[data-book-route-id="la-adult-care-assessment"]')?.textContent).toMatch(/SSWBA|Social Services and Well-being/);
    expect(document.querySelector('img.book-diagram')?.getAttribute('alt')).toBeTruthy();

    await user.click(document.querySelector<HTMLElement>('main .back-link')!);
    await screen.findByRole('heading', { level: 1 });
    expect(currentScreen()).toBe('outcome');
    expect([...document.querySelectorAll('[data-route-id]')].map((e) => e.getAttribute('data-route-id'))).toEqual(routesBefore);
  });
});
