import './support/hooks.ts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getQuestion } from '../../rules/index.ts';
import { optionKey } from '../../app/i18n/keys.ts';
import { answer, continueButton, currentQuestion, currentScreen, input, renderApp, walkToOutcome } from './support/render-app.tsx';
import { ADULT_REFUSED } from '../support/answer-sets.ts';

describe('start screen', () => {
  it('carries the q_nation radios, England preselected, one continue, and the h1 has focus', async () => {
    await renderApp();
    expect(currentScreen()).toBe('start');
    const radios = document.querySelectorAll<HTMLInputElement>('input[type=radio][name=q_nation]');
    expect([...radios].map((r) => r.value)).toEqual(getQuestion('q_nation').options);
    expect(input('q_nation', 'england')).toBeChecked();
    expect(continueButton()).toBeInTheDocument();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
    expect(screen.getByRole('button', { name: /./, description: /./ })).toHaveAttribute('data-action', 'quick-exit');
  });

  it('preselects the site nation', async () => {
    await renderApp({ settings: { nation: 'scotland' } });
    expect(input('q_nation', 'scotland')).toBeChecked();
  });

  it('offers no text field at all: no names, dates of birth, addresses or case numbers', async () => {
    const { user } = await renderApp();
    await walkToOutcome(user, ADULT_REFUSED);
    expect(document.querySelectorAll('input:not([type=radio]):not([type=checkbox]), textarea, select')).toHaveLength(0);
  });
});

describe('question screen', () => {
  it('has the form hook, an input per option named by the question, the h1 as legend, progress and "why we ask"', async () => {
    const { user, i18n } = await renderApp();
    await user.click(continueButton());
    expect(currentScreen()).toBe('question');
    expect(currentQuestion()).toBe('q_danger');
    const form = document.querySelector('form[data-question-id=q_danger]')!;
    const values = [...form.querySelectorAll<HTMLInputElement>('input[name=q_danger]')].map((i) => i.value);
    expect(values).toEqual(getQuestion('q_danger').options);
    const h1 = within(document.querySelector('fieldset')!).getByRole('heading', { level: 1 });
    expect(h1.closest('legend')).not.toBeNull();
    expect(document.activeElement).toBe(h1);
    expect(screen.getByText(i18n.t('question.progress', { position: 1, total: 10 }))).toBeInTheDocument();
    expect(document.querySelector('details summary')).toHaveTextContent(i18n.t('question.whyTitle'));
    for (const option of values) expect(screen.getByRole('radio', { name: i18n.t(optionKey('q_danger', option), { ns: 'questions' }) })).toBeInTheDocument();
  });

  it('shows "ask privately" guidance on the sensitive questions only', async () => {
    const { user } = await renderApp();
    await walkToOutcome(user, ADULT_REFUSED, { question: 'q_council_refused' });
    expect(document.getElementById('q_council_refused-private')).toBeNull();
    await answer(user, 'q_council_refused', 'no');
    expect(currentQuestion()).toBe('q_flags');
    expect(document.getElementById('q_flags-private')).not.toBeNull();
    expect(document.querySelector('fieldset')!.getAttribute('aria-describedby')).toContain('q_flags-private');
  });
});

describe('danger screen', () => {
  it('appears at once for "yes" and for "unsure", with tap-to-call 999 and one continue', async () => {
    for (const danger of ['yes', 'unsure']) {
      const { user, unmount } = await renderApp();
      await user.click(continueButton());
      await answer(user, 'q_danger', danger);
      expect(currentScreen()).toBe('danger');
      const emergency = document.querySelector('[data-org-id=emergency-999]')!;
      expect(emergency.querySelector('a[href="tel:999"]')).not.toBeNull();
      expect(document.querySelector('[data-org-id=nhs-111] a[href="tel:111"]')).not.toBeNull();
      await user.click(continueButton());
      expect(currentQuestion()).toBe('q_age');
      unmount();
      window.sessionStorage.clear();
    }
  });

  it("shows the site's safeguarding lead when one is set", async () => {
    const { user } = await renderApp({ settings: { safeguardingLead: { name: 'Sam', phone: '020 7946 0000' } } });
    await user.click(continueButton());
    await answer(user, 'q_danger', 'yes');
    expect(document.querySelector('a[href="tel:02079460000"]')).not.toBeNull();
  });

  it('does not appear for "no"', async () => {
    const { user } = await renderApp();
    await user.click(continueButton());
    await answer(user, 'q_danger', 'no');
    expect(currentQuestion()).toBe('q_age');
  });
});

describe('review screen', () => {
  it('lists every answer with a Change control whose name includes the question', async () => {
    const { user, i18n } = await renderApp();
    await walkToOutcome(user, ADULT_REFUSED, { screen: 'review' });
    expect(currentScreen()).toBe('review');
    const rows = document.querySelectorAll('[data-answer-of]');
    expect([...rows].map((r) => r.getAttribute('data-answer-of'))).toEqual(Object.keys(ADULT_REFUSED));
    const label = i18n.t('q_status.label', { ns: 'questions' });
    expect(screen.getByRole('button', { name: new RegExp(`${i18n.t('review.change')}.*${label}`) })).toHaveAttribute('data-change', 'q_status');
    expect(continueButton()).toBeInTheDocument();
  });
});

describe('outcome screen', () => {
  it('shows routes and organisations by hook, the notice, rules metadata, and no continue control', async () => {
    const { user } = await renderApp();
    await walkToOutcome(user, ADULT_REFUSED);
    expect(currentScreen()).toBe('outcome');
    expect(document.querySelectorAll('[data-action=continue]')).toHaveLength(0);
    expect(document.querySelectorAll('[data-route-id]').length).toBeGreaterThan(0);
    expect(document.querySelectorAll('[data-org-id]').length).toBeGreaterThan(0);
    expect(screen.getByRole('note')).toHaveAttribute('data-notice', 'no-immigration-advice');
    expect(document.querySelector('[data-rules-version]')).not.toBeNull();
    // The regulated-adviser route leads the advice group.
    const advice = document.querySelector('[data-group=advice] [data-route-id]');
    expect(advice).toHaveAttribute('data-route-id', 'oisc-adviser');
    // Each route's legal basis is a disclosure with https links.
    const sources = document.querySelectorAll('[data-route-id] details.legal-basis a');
    expect(sources.length).toBeGreaterThan(0);
    for (const a of sources) expect(a.getAttribute('href')).toMatch(/^https:\/\//);
  });
});
