import './support/hooks.ts';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { decide, type Answers } from '../../rules/index.ts';
import scenarios from '../rules/scenarios.json';
import { answer, continueButton, currentQuestion, currentScreen, input, renderApp, walkToOutcome } from './support/render-app.tsx';
import { savedSession } from './support/storage.ts';
import { BRITISH_ADULT_NO_NATION } from '../support/answer-sets.ts';

const routesOnScreen = () => [...document.querySelectorAll('[data-route-id]')].map((el) => el.getAttribute('data-route-id'));
const back = () => document.querySelector<HTMLElement>('.back-link')!;

describe('a whole journey, by clicking inputs and Continue', () => {
  it.each(scenarios.map((s) => [s.id, s.answers as Answers] as const))('%s reaches the outcome the rules decide', async (_id, answers) => {
    const { user } = await renderApp();
    await walkToOutcome(user, answers);
    expect(currentScreen()).toBe('outcome');
    expect(routesOnScreen()).toEqual(decide(answers).routes);
  });
});

describe('Back', () => {
  it('is the machine BACK: it returns to the previous question with its answer chosen, and from the next question to the danger screen', async () => {
    const { user } = await renderApp();
    await user.click(continueButton());
    await answer(user, 'q_danger', 'unsure');
    expect(currentScreen()).toBe('danger');
    await user.click(continueButton());
    await answer(user, 'q_age', '21-24');
    expect(currentQuestion()).toBe('q_care_history');
    await user.click(back());
    expect(currentQuestion()).toBe('q_age');
    expect(input('q_age', '21-24')).toBeChecked();
    await user.click(back());
    expect(currentScreen()).toBe('danger');
    await user.click(back());
    expect(currentQuestion()).toBe('q_danger');
    expect(input('q_danger', 'unsure')).toBeChecked();
    await user.click(back());
    expect(currentScreen()).toBe('start');
  });
});

describe('Change from check your answers', () => {
  it('asks the new questions a change brings, then returns to the review', async () => {
    const { user } = await renderApp();
    await walkToOutcome(user, BRITISH_ADULT_NO_NATION, { screen: 'review' });
    expect(currentScreen()).toBe('review');
    await user.click(document.querySelector<HTMLElement>('[data-change=q_age]')!);
    expect(currentQuestion()).toBe('q_age');
    expect(input('q_age', '25plus')).toBeChecked();
    await answer(user, 'q_age', 'under18');
    expect(currentQuestion()).toBe('q_age_doubt');
    await answer(user, 'q_age_doubt', 'no');
    expect(currentQuestion()).toBe('q_with');
    await answer(user, 'q_with', 'alone');
    expect(currentScreen()).toBe('review');
    const rows = [...document.querySelectorAll('[data-answer-of]')].map((r) => r.getAttribute('data-answer-of'));
    expect(rows).toEqual(expect.arrayContaining(['q_age_doubt', 'q_with']));
    await user.click(continueButton());
    expect(routesOnScreen()).toContain('children-s20-accommodation');
  });

  it('a change that brings no new question goes straight back to the review', async () => {
    const { user } = await renderApp();
    await walkToOutcome(
      user,
      { q_danger: 'no', q_age: '25plus', q_status: 'settled', q_destitute: 'no', q_children: 'none', q_pregnant: 'no', q_care_need: [], q_mha: 'no', q_council_refused: 'no', q_flags: [] },
      { screen: 'review' },
    );
    await user.click(document.querySelector<HTMLElement>('[data-change=q_destitute]')!);
    await answer(user, 'q_destitute', 'yes');
    expect(currentScreen()).toBe('review');
  });
});

describe('error summary', () => {
  it('appears when Continue is pressed with nothing chosen, takes focus, and links to the field', async () => {
    const { user, i18n } = await renderApp();
    await user.click(continueButton());
    expect(screen.queryByRole('alert')).toBeNull();
    await user.click(continueButton());
    const summary = screen.getByRole('alert');
    expect(document.activeElement).toBe(summary);
    expect(currentQuestion()).toBe('q_danger');
    const link = summary.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('#q_danger-yes');
    await user.click(link);
    expect(document.activeElement).toBe(input('q_danger', 'yes'));
    expect(document.title.startsWith(i18n.t('error.prefix'))).toBe(true);
    await user.click(input('q_danger', 'no'));
    expect(screen.queryByRole('alert')).toBeNull();
    await user.click(continueButton());
    expect(currentQuestion()).toBe('q_age');
  });
});

describe('multi-choice', () => {
  it('"None of these" is exclusive, both ways, and is saved as []', async () => {
    const { user } = await renderApp();
    await walkToOutcome(user, { q_danger: 'no', q_age: '25plus', q_status: 'settled', q_destitute: 'no', q_children: 'none', q_pregnant: 'no' }, { question: 'q_care_need' });
    expect(currentQuestion()).toBe('q_care_need');
    expect(document.querySelectorAll('input[type=checkbox][name=q_care_need][value=none]')).toHaveLength(1);
    await user.click(input('q_care_need', 'personal_care'));
    await user.click(input('q_care_need', 'disability'));
    await user.click(input('q_care_need', 'none'));
    expect(input('q_care_need', 'none')).toBeChecked();
    expect(input('q_care_need', 'personal_care')).not.toBeChecked();
    expect(input('q_care_need', 'disability')).not.toBeChecked();
    await user.click(input('q_care_need', 'illness'));
    expect(input('q_care_need', 'none')).not.toBeChecked();
    expect(input('q_care_need', 'illness')).toBeChecked();
    await user.click(input('q_care_need', 'none'));
    await user.click(continueButton());
    expect(currentQuestion()).toBe('q_mha');
    expect((savedSession() as { answers: Answers }).answers.q_care_need).toEqual([]);
  });

  it('keeps several ticked options as one answer', async () => {
    const { user } = await renderApp();
    await walkToOutcome(user, { q_danger: 'no', q_age: '25plus', q_status: 'settled', q_destitute: 'no', q_children: 'none', q_pregnant: 'no' }, { question: 'q_care_need' });
    await answer(user, 'q_care_need', ['older', 'illness']);
    expect((savedSession() as { answers: Answers }).answers.q_care_need).toEqual(['older', 'illness']);
  });
});
