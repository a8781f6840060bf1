/** Monitoring in the app: counted once per journey when it reaches the outcome; the page; feedback. */
import '../support/hooks.ts';
import { cleanup, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadFeedback } from '../../../app/monitoring/feedback.ts';
import { loadCounts } from '../../../app/monitoring/monitoring.ts';
import { continueButton, currentQuestion, walkToOutcome } from '../support/render-app.tsx';
import { useFakeIndexedDb } from '../support/fake-idb.ts';
import { openSettings, renderWithSettings, waitForScreen } from '../support/site-settings.tsx';
import { SCOTLAND_REFUGEE_AT_RISK } from '../../support/answer-sets.ts';

useFakeIndexedDb();

// The staff area and the schema are lazy chunks: on a busy machine the first load takes a while.
const SLOW = 5000;
const eventually = (check: () => unknown) => waitFor(check, { timeout: SLOW });

const journeys = async () => (await loadCounts()).reduce((n, m) => n + m.journeys, 0);
const action = (name: string) => document.querySelector<HTMLElement>(`[data-action=${name}]`)!;

describe('counting journeys', { timeout: 20_000 }, () => {
  it('counts nothing while monitoring is off', async () => {
    const { user } = await renderWithSettings({ monitoringEnabled: false });
    await walkToOutcome(user, SCOTLAND_REFUGEE_AT_RISK);
    await new Promise((r) => setTimeout(r, 50));
    expect(await journeys()).toBe(0);
  });

  it('counts a journey once when it reaches the outcome: not again on a reload or after going back', async () => {
    const { user } = await renderWithSettings({ monitoringEnabled: true });
    await walkToOutcome(user, SCOTLAND_REFUGEE_AT_RISK);
    await eventually(async () => expect(await journeys()).toBe(1));
    const [month] = await loadCounts();
    expect(month!.counts.nation).toEqual({ scotland: 1 });
    expect(month!.counts.workerLanguage).toEqual({ en: 1 });
    // A reload: the same session storage, a fresh app.
    cleanup();
    await renderWithSettings({ monitoringEnabled: true });
    expect(document.querySelector('main')!.dataset.screen).toBe('outcome');
    await user.click(document.querySelector<HTMLElement>('.back-link')!);
    await user.click(continueButton());
    await new Promise((r) => setTimeout(r, 50));
    expect(await journeys()).toBe(1);
  });

  it('counts the next journey after Finish', async () => {
    const { user } = await renderWithSettings({ monitoringEnabled: true });
    await walkToOutcome(user, SCOTLAND_REFUGEE_AT_RISK);
    await user.click(document.querySelector<HTMLElement>('.button-warning')!);
    await waitForScreen('start');
    await walkToOutcome(user, SCOTLAND_REFUGEE_AT_RISK);
    await eventually(async () => expect(await journeys()).toBe(2));
  });
});

describe('the monitoring page', { timeout: 20_000 }, () => {
  it('shows the counts as tables, exports, and clears only after confirmation', async () => {
    const { user } = await renderWithSettings({ monitoringEnabled: true });
    for (let i = 0; i < 3; i++) {
      await walkToOutcome(user, SCOTLAND_REFUGEE_AT_RISK);
      await eventually(async () => expect(await journeys()).toBe(i + 1));
      await user.click(document.querySelector<HTMLElement>('.button-warning')!);
      await waitForScreen('start');
    }
    await openSettings(user);
    await user.click(action('open-monitoring'));
    await waitForScreen('monitoring');
    expect(document.querySelectorAll('[data-action=continue]')).toHaveLength(1);
    await eventually(() => expect(document.querySelector('[data-journeys]')).toHaveAttribute('data-journeys', '3'));
    expect(document.querySelector('[data-count-dimension=nation][data-count-value=scotland] [data-count]')).toHaveTextContent('3');
    expect(screen.getAllByRole('table').length).toBeGreaterThanOrEqual(6);
    await user.click(action('clear-monitoring'));
    expect(await journeys()).toBe(3);
    await user.click(action('cancel-clear'));
    await user.click(action('clear-monitoring'));
    await user.click(action('confirm-clear'));
    await eventually(() => expect(document.querySelector('[data-journeys]')).toHaveAttribute('data-journeys', '0'));
    expect(await journeys()).toBe(0);
  });
});

describe('feedback on a question', { timeout: 20_000 }, () => {
  it('sits outside the question form, adds no answer input and no continue control, and records a reason', async () => {
    const { user } = await renderWithSettings();
    await user.click(continueButton());
    expect(currentQuestion()).toBe('q_danger');
    expect(document.querySelectorAll('[data-action=continue]')).toHaveLength(1);
    // The feedback control is a lazy chunk: it shows just after the question.
    await eventually(() => expect(document.querySelector('[data-feedback=q_danger]')).not.toBeNull());
    const feedback = document.querySelector<HTMLElement>('[data-feedback=q_danger]')!;
    expect(feedback.closest('form')).toBeNull();
    expect(feedback.querySelectorAll('input[name=q_danger]')).toHaveLength(0);
    await user.click(feedback.querySelector('summary')!);
    await user.click(action('send-feedback'));
    expect(feedback.querySelector('.error-message')).toBeInTheDocument();
    expect(await loadFeedback()).toEqual([]);
    await user.click(feedback.querySelector<HTMLElement>('input[value=unclear]')!);
    await user.click(action('send-feedback'));
    await eventually(() => expect(feedback.querySelector('[data-feedback-sent]')).toBeInTheDocument());
    await eventually(() => expect(document.activeElement).toBe(feedback.querySelector('[data-feedback-sent]')));
    const [entry] = await loadFeedback();
    expect(entry).toEqual({ month: expect.stringMatching(/^\d{4}-\d{2}$/), questionId: 'q_danger', language: 'en', reason: 'unclear' });
    // The question itself is untouched: nothing chosen, still on q_danger.
    expect(currentQuestion()).toBe('q_danger');
    expect(document.querySelectorAll('input[name=q_danger]:checked')).toHaveLength(0);
  });
});
