import './support/hooks.ts';
import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { RULES_VERSION } from '../../rules/index.ts';
import { SESSION_KEY } from '../../app/journey/session-store.ts';
import { IDLE_COUNTDOWN_SECONDS } from '../../app/settings/site-settings.ts';
import { answer, continueButton, currentQuestion, currentScreen, input, renderApp, walkToOutcome } from './support/render-app.tsx';
import { everythingStored, savedSession } from './support/storage.ts';

const SOME_ANSWERS = { q_danger: 'no', q_age: '25plus', q_status: 'asylum_pending', q_ho_support: 's95', q_destitute: 'no' };

async function answerSome(user: ReturnType<typeof userEvent.setup>) {
  await walkToOutcome(user, SOME_ANSWERS, { question: 'q_children' });
  expect(currentQuestion()).toBe('q_children');
  expect(savedSession()).not.toBeNull();
}

describe('quick exit', () => {
  it('the button wipes session storage and the answers, and shows a neutral page', async () => {
    const { user, i18n } = await renderApp();
    await answerSome(user);
    await user.click(document.querySelector<HTMLElement>('[data-action=quick-exit]')!);
    expect(currentScreen()).toBe('exit');
    expect(everythingStored()).toBe('');
    expect(document.querySelector('[data-action=quick-exit]')).toBeNull();
    expect(document.body.textContent).not.toContain(i18n.t('app.name'));
    expect(document.title).toBe(i18n.t('exit.documentTitle'));
    // Leaving the neutral page starts afresh: nothing of the last person is left.
    await user.click(continueButton());
    expect(currentScreen()).toBe('start');
    await user.click(continueButton());
    expect(currentQuestion()).toBe('q_danger');
    expect(document.querySelectorAll('input:checked')).toHaveLength(0);
  });

  it('Escape pressed three times within two seconds does the same, from any screen', async () => {
    const { user } = await renderApp();
    await answerSome(user);
    await user.keyboard('{Escape}{Escape}{Escape}');
    expect(currentScreen()).toBe('exit');
    expect(everythingStored()).toBe('');
  });

  it('three Escapes spread over more than two seconds do not exit', async () => {
    const now = vi.spyOn(Date, 'now');
    const { user } = await renderApp();
    await answerSome(user);
    now.mockReturnValue(10_000);
    fireEvent.keyDown(window, { key: 'Escape' });
    now.mockReturnValue(11_500);
    fireEvent.keyDown(window, { key: 'Escape' });
    now.mockReturnValue(12_100);
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(currentScreen()).toBe('question');
    now.mockRestore();
  });
});

describe('idle wipe', () => {
  it('warns after the idle time with a countdown, "I\'m still here" keeps the answers, and a second time-out wipes', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await renderApp({ user, settings: { idleMinutes: 2 } });
    await answerSome(user);

    act(() => vi.advanceTimersByTime(2 * 60_000 - 2000));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    act(() => vi.advanceTimersByTime(3000));
    const dialog = screen.getByRole('alertdialog');
    const stay = dialog.querySelector<HTMLElement>('[data-action=stay]')!;
    expect(document.activeElement).toBe(stay);
    expect(dialog.textContent).toMatch(String(IDLE_COUNTDOWN_SECONDS - 1));

    await user.click(stay);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(currentQuestion()).toBe('q_children');

    act(() => vi.advanceTimersByTime(2 * 60_000 + IDLE_COUNTDOWN_SECONDS * 1000 + 1000));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(currentScreen()).toBe('start');
    expect(everythingStored()).toBe('');
  });

  it('a tablet that slept through the time-out wipes as soon as it wakes', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await renderApp({ user });
    await answerSome(user);
    // The clock moves on while no timer runs (the device was asleep).
    vi.setSystemTime(Date.now() + 30 * 60_000);
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(currentScreen()).toBe('start');
    expect(everythingStored()).toBe('');
  });

  it('does not run on the start screen, which holds nothing about the person', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    await renderApp();
    act(() => vi.advanceTimersByTime(60 * 60_000));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(currentScreen()).toBe('start');
  });
});

describe('session storage', () => {
  it('saves { v: 1, rulesVersion, answers, screen } on every change', async () => {
    const { user } = await renderApp();
    await answerSome(user);
    expect(savedSession()).toEqual({ v: 1, rulesVersion: RULES_VERSION, answers: { q_nation: 'england', ...SOME_ANSWERS }, screen: 'question' });
  });

  it('a reload restores the same question with the answers kept', async () => {
    const first = await renderApp();
    await answerSome(first.user);
    first.unmount();

    const { user } = await renderApp();
    expect(currentScreen()).toBe('question');
    expect(currentQuestion()).toBe('q_children');
    expect(screen.queryByRole('status')).toBeNull();
    await user.click(document.querySelector<HTMLElement>('.back-link')!);
    expect(currentQuestion()).toBe('q_destitute');
    expect(input('q_destitute', 'no')).toBeChecked();
  });

  it('a reload on the outcome comes back to the outcome', async () => {
    const first = await renderApp();
    await walkToOutcome(first.user, { ...SOME_ANSWERS, q_children: 'none', q_pregnant: 'no', q_care_need: [], q_mha: 'no', q_council_refused: 'no', q_flags: [] });
    const routes = [...document.querySelectorAll('[data-route-id]')].map((e) => e.getAttribute('data-route-id'));
    first.unmount();
    await renderApp();
    expect(currentScreen()).toBe('outcome');
    expect([...document.querySelectorAll('[data-route-id]')].map((e) => e.getAttribute('data-route-id'))).toEqual(routes);
  });

  it.each([
    ['unparseable', '{"v":1,"rulesVers'],
    ['foreign', JSON.stringify({ hello: 'world' })],
    ['wrong answer under the same rules', JSON.stringify({ v: 1, rulesVersion: RULES_VERSION, answers: { q_age: 'ninety' }, screen: 'question' })],
    ['unknown screen', JSON.stringify({ v: 1, rulesVersion: RULES_VERSION, answers: {}, screen: 'elsewhere' })],
  ])('a %s saved session is discarded with a short notice, on the start screen', async (_kind, saved) => {
    window.sessionStorage.setItem(SESSION_KEY, saved);
    const { user } = await renderApp();
    expect(currentScreen()).toBe('start');
    const notice = screen.getByRole('status');
    expect(notice).toHaveAttribute('data-notice', 'corrupt');
    expect(window.sessionStorage.getItem(SESSION_KEY)).toBeNull();
    await user.click(notice.querySelector<HTMLElement>('[data-action=dismiss-notice]')!);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('a session saved under other rules is replayed by question id, unknown questions dropped, with a notice', async () => {
    window.sessionStorage.setItem(
      SESSION_KEY,
      JSON.stringify({ v: 1, rulesVersion: '1999.1', answers: { q_nation: 'wales', q_danger: 'no', q_age: '25plus', q_shoe_size: '9' }, screen: 'question' }),
    );
    await renderApp();
    expect(screen.getByRole('status')).toHaveAttribute('data-notice', 'rulesChanged');
    expect(currentQuestion()).toBe('q_status');
    expect(savedSession()).toMatchObject({ rulesVersion: RULES_VERSION, answers: { q_nation: 'wales', q_danger: 'no', q_age: '25plus' } });
    expect((savedSession() as { answers: object }).answers).not.toHaveProperty('q_shoe_size');
  });

  it('Finish on the outcome wipes everything and returns to the start', async () => {
    const { user } = await renderApp();
    await walkToOutcome(user, { ...SOME_ANSWERS, q_children: 'none', q_pregnant: 'no', q_care_need: [], q_mha: 'no', q_council_refused: 'no', q_flags: [] });
    await user.click(document.querySelector<HTMLElement>('.button-warning')!);
    expect(currentScreen()).toBe('start');
    expect(everythingStored()).toBe('');
    expect(document.activeElement?.tagName).toBe('H1');
  });
});
