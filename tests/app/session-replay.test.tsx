/**
 * After an update, a session saved under other rules is replayed by question id: answers to
 * questions or options that no longer exist are dropped and asked again, new questions are
 * asked, an outcome is checked again first; when the replay fails the worker is told plainly.
 */
import './support/hooks.ts';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { RULES_VERSION, walk } from '../../rules/index.ts';
import { bootJourney } from '../../app/journey/boot-journey.ts';
import { SESSION_KEY } from '../../app/journey/session-store.ts';
import { answer, continueButton, currentQuestion, currentScreen, input, renderApp, walkToOutcome } from './support/render-app.tsx';
import { savedSession } from './support/storage.ts';
import { PENDING_S95 } from '../support/answer-sets.ts';

vi.mock('../../rules/index.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../rules/index.ts')>();
  return { ...actual, walk: vi.fn(actual.walk) };
});

const OLD_RULES = '2025.9';

const save = (rulesVersion: string, answers: object, where: string) =>
  window.sessionStorage.setItem(SESSION_KEY, JSON.stringify({ v: 1, rulesVersion, answers, screen: where }));

describe('a session saved under other rules', () => {
  it('saved on its outcome, comes back to "check your answers" first, all answers kept', async () => {
    save(OLD_RULES, PENDING_S95, 'outcome');
    await renderApp();
    expect(currentScreen()).toBe('review');
    expect(screen.getByRole('status')).toHaveAttribute('data-notice', 'rulesChanged');
    expect(savedSession()).toMatchObject({ rulesVersion: RULES_VERSION, answers: PENDING_S95, screen: 'review' });
  });

  it('under the same rules, saved on its outcome, comes straight back to the outcome', async () => {
    save(RULES_VERSION, PENDING_S95, 'outcome');
    await renderApp();
    expect(currentScreen()).toBe('outcome');
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('drops an answer whose option no longer exists and asks that question again', async () => {
    save(OLD_RULES, { ...PENDING_S95, q_status: 'refugee_status_old_name' }, 'review');
    await renderApp();
    expect(currentQuestion()).toBe('q_status');
    expect(document.querySelectorAll('input[name=q_status]:checked')).toHaveLength(0);
    expect((savedSession() as { answers: object }).answers).not.toHaveProperty('q_status');
    expect(input('q_status', 'asylum_pending')).not.toBeChecked();
  });

  it('asks a question the old answers do not cover, then replays on with the answers after it', async () => {
    const { q_destitute: _new, ...withoutOne } = PENDING_S95;
    save(OLD_RULES, { ...withoutOne, q_retired_question: 'yes' }, 'review');
    const { user } = await renderApp();
    expect(currentQuestion()).toBe('q_destitute');
    // Kept through a reload too, but never the answer to a question that no longer exists.
    expect(savedSession()).toMatchObject({ answers: { q_children: 'none', q_flags: [] } });
    expect((savedSession() as { answers: object }).answers).not.toHaveProperty('q_retired_question');
    await answer(user, 'q_destitute', 'yes');
    await waitFor(() => expect(currentScreen()).toBe('review'));
    expect(savedSession()).toMatchObject({ answers: { ...withoutOne, q_destitute: 'yes' }, screen: 'review' });
  });

  it('carried answers are wiped with everything else: the next journey starts empty', async () => {
    const { q_destitute: _new, ...withoutOne } = PENDING_S95;
    save(OLD_RULES, withoutOne, 'review');
    const { user } = await renderApp();
    expect(currentQuestion()).toBe('q_destitute');
    await user.click(document.querySelector<HTMLElement>('[data-action=quick-exit]')!);
    await user.click(continueButton());
    await walkToOutcome(user, { q_danger: 'no', q_age: '25plus', q_status: 'asylum_pending', q_ho_support: 's95', q_destitute: 'no' }, { question: 'q_children' });
    expect(currentQuestion()).toBe('q_children');
    expect(document.querySelectorAll('input:checked')).toHaveLength(0);
    expect((savedSession() as { answers: object }).answers).not.toHaveProperty('q_children');
  });

  it('that cannot be replayed is cleared, and the worker is told plainly to start again', async () => {
    save(OLD_RULES, PENDING_S95, 'question');
    vi.mocked(walk).mockImplementationOnce(() => {
      throw new Error('journey did not settle in 100 steps');
    });
    const { i18n } = await renderApp();
    expect(currentScreen()).toBe('start');
    const notice = screen.getByRole('status');
    expect(notice).toHaveAttribute('data-notice', 'replayFailed');
    expect(notice).toHaveTextContent(i18n.t('pwa.replayFailed'));
    expect(window.sessionStorage.getItem(SESSION_KEY)).toBeNull();
  });

  it('the same failure under the same rules is reported as an unreadable session', () => {
    save(RULES_VERSION, PENDING_S95, 'question');
    vi.mocked(walk).mockImplementationOnce(() => {
      throw new Error('boom');
    });
    const booted = bootJourney(window.sessionStorage);
    expect(booted.notice).toBe('corrupt');
    booted.actor.stop();
  });
});
