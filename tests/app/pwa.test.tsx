/**
 * The service worker's news in the page, with a fake worker: "Ready to work offline" once,
 * "Update ready" only on the start screen, a quiet note during a journey, and answers kept.
 */
import './support/hooks.ts';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { BUILD_ID, markBuild } from '../../app/pwa/build-id.ts';
import { PwaProvider } from '../../app/pwa/pwa-provider.tsx';
import type { UpdateStatus } from '../../app/pwa/service-worker.ts';
import { Root } from '../../app/root.tsx';
import { preloadLaterScreens } from '../../app/screens/later-screens.ts';
import { DEFAULT_SITE_SETTINGS } from '../../app/settings/site-settings.ts';
import { answer, continueButton, currentQuestion, currentScreen, englishI18n, walkToOutcome } from './support/render-app.tsx';
import { savedSession } from './support/storage.ts';
import { PENDING_S95_NO_NATION } from '../support/answer-sets.ts';

async function renderWithWorker() {
  let report: (status: UpdateStatus) => void = () => {};
  const bridge = { applyUpdate: vi.fn(), checkForUpdate: vi.fn() };
  const register = vi.fn((onStatus: (status: UpdateStatus) => void) => {
    report = onStatus;
    return bridge;
  });
  const i18n = await englishI18n();
  await preloadLaterScreens();
  render(
    <PwaProvider register={register}>
      <Root i18n={i18n} settings={DEFAULT_SITE_SETTINGS} />
    </PwaProvider>,
  );
  await screen.findByRole('main');
  return { user: userEvent.setup(), i18n, bridge, register, report: (status: UpdateStatus) => act(() => report(status)) };
}

const notice = (kind: string) => document.querySelector<HTMLElement>(`[data-notice="${kind}"]`);
const click = (user: ReturnType<typeof userEvent.setup>, action: string) => user.click(document.querySelector<HTMLElement>(`[data-action="${action}"]`)!);

describe('the service worker bridge in the page', () => {
  it('registers the worker once', async () => {
    const { register } = await renderWithWorker();
    expect(register).toHaveBeenCalledTimes(1);
  });

  it('says "Ready to work offline" as a status on first install, until dismissed', async () => {
    const { user, report, i18n } = await renderWithWorker();
    expect(notice('offline-ready')).toBeNull();
    await report('offline-ready');
    expect(notice('offline-ready')!.querySelector('[role=status]')).toHaveTextContent(i18n.t('pwa.offlineReady'));
    await click(user, 'dismiss-offline-ready');
    expect(notice('offline-ready')).toBeNull();
  });

  it('offers the update on the start screen; "Update now" applies it', async () => {
    const { user, report, bridge } = await renderWithWorker();
    await report('update-ready');
    expect(notice('update-ready')!.querySelector('[role=status]')).not.toBeEmptyDOMElement();
    expect(notice('update-pending')).toBeNull();
    await click(user, 'apply-update');
    expect(bridge.applyUpdate).toHaveBeenCalledTimes(1);
    // Nothing about a person was on the start screen, so nothing is saved for the reload.
    expect(savedSession()).toBeNull();
  });

  it('never interrupts a journey: a quiet note instead, the same question and answers', async () => {
    const { user, report, bridge } = await renderWithWorker();
    await walkToOutcome(user, PENDING_S95_NO_NATION, { question: 'q_status' });
    await user.click(document.querySelector<HTMLElement>('input[name=q_status][value=asylum_pending]')!);
    await report('update-ready');
    expect(currentQuestion()).toBe('q_status');
    expect(document.querySelector<HTMLInputElement>('input[name=q_status][value=asylum_pending]')).toBeChecked();
    expect(notice('update-ready')).toBeNull();
    expect(notice('update-pending')).not.toBeNull();
    expect(document.querySelector('[data-action=apply-update]')).toBeNull();
    expect(bridge.applyUpdate).not.toHaveBeenCalled();
  });

  it('back at the start mid-journey, accepting saves the answers first so the new version restores them', async () => {
    const { user, report, bridge } = await renderWithWorker();
    await walkToOutcome(user, PENDING_S95_NO_NATION, { question: 'q_status' });
    await report('update-ready');
    for (let i = 0; i < 5 && currentScreen() !== 'start'; i++) await user.click(document.querySelector<HTMLElement>('.back-link')!);
    expect(currentScreen()).toBe('start');
    expect(savedSession()).toBeNull();
    expect(notice('update-ready')).not.toBeNull();
    await click(user, 'apply-update');
    expect(bridge.applyUpdate).toHaveBeenCalledTimes(1);
    expect(savedSession()).toMatchObject({ answers: { q_danger: 'no', q_age: '25plus' }, screen: 'question' });
  });

  it('"Later" puts the offer away until the next start, after Finish, where it comes back', async () => {
    const { user, report, bridge } = await renderWithWorker();
    await report('update-ready');
    await click(user, 'decline-update');
    expect(notice('update-ready')).toBeNull();
    expect(notice('update-pending')).not.toBeNull();
    await walkToOutcome(user, PENDING_S95_NO_NATION);
    expect(currentScreen()).toBe('outcome');
    expect(notice('update-ready')).toBeNull();
    await user.click(document.querySelector<HTMLElement>('.button-warning')!);
    expect(currentScreen()).toBe('start');
    expect(notice('update-ready')).not.toBeNull();
    await click(user, 'apply-update');
    expect(bridge.applyUpdate).toHaveBeenCalledTimes(1);
    expect(savedSession()).toBeNull();
  });

  it('asks the server for updates whenever the start screen comes back after Finish', async () => {
    const { user, bridge } = await renderWithWorker();
    const before = bridge.checkForUpdate.mock.calls.length;
    await user.click(continueButton());
    await answer(user, 'q_danger', 'no');
    expect(bridge.checkForUpdate.mock.calls.length).toBe(before);
    await user.click(document.querySelector<HTMLElement>('[data-action=quick-exit]')!);
    await user.click(continueButton());
    expect(currentScreen()).toBe('start');
    expect(bridge.checkForUpdate.mock.calls.length).toBeGreaterThan(before);
  });
});

describe('the build id', () => {
  it('is shown in the footer and set as data-build on <html>', async () => {
    await renderWithWorker();
    expect(screen.getByRole('contentinfo').querySelector(`[data-build-id="${BUILD_ID}"]`)).toHaveTextContent(BUILD_ID);
    delete document.documentElement.dataset.build;
    markBuild();
    expect(document.documentElement.dataset.build).toBe(BUILD_ID);
    expect(BUILD_ID).not.toBe('');
  });
});
