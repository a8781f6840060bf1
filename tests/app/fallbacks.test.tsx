import './support/hooks.ts';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { RULES_VERSION } from '../../rules/index.ts';
import { ErrorBoundary } from '../../app/components/error-boundary.tsx';
import { SESSION_KEY } from '../../app/journey/session-store.ts';
import { LoadingScreen } from '../../app/screens/loading-screen.tsx';
import { currentScreen, englishI18n, renderApp } from './support/render-app.tsx';

describe('loading', () => {
  it('is a busy <main data-screen="loading"> with a status', async () => {
    const i18n = await englishI18n();
    render(
      <I18nextProvider i18n={i18n}>
        <LoadingScreen />
      </I18nextProvider>,
    );
    expect(currentScreen()).toBe('loading');
    expect(screen.getByRole('main')).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('status')).not.toBeEmptyDOMElement();
  });
});

describe('error boundary', () => {
  it('shows a plain recovery screen, and "try again" renders the screen again', async () => {
    const i18n = await englishI18n();
    let fail = true;
    const Flaky = () => {
      if (fail) throw new Error('boom');
      return <main data-screen="question" />;
    };
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const onRestart = vi.fn();
    render(
      <I18nextProvider i18n={i18n}>
        <ErrorBoundary onRestart={onRestart}>
          <Flaky />
        </ErrorBoundary>
      </I18nextProvider>,
    );
    expect(currentScreen()).toBe('error');
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
    fail = false;
    await userEvent.click(document.querySelector<HTMLElement>('[data-action=continue]')!);
    expect(currentScreen()).toBe('question');
    expect(onRestart).not.toHaveBeenCalled();
    quiet.mockRestore();
  });
});

describe('a reload on the danger screen', () => {
  it('comes back to the danger screen, not past it', async () => {
    window.sessionStorage.setItem(
      SESSION_KEY,
      JSON.stringify({ v: 1, rulesVersion: RULES_VERSION, answers: { q_nation: 'england', q_danger: 'yes', q_age: '25plus' }, screen: 'danger' }),
    );
    await renderApp();
    expect(currentScreen()).toBe('danger');
  });
});
