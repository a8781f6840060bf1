/**
 * Renders the whole app as main.tsx does, with the real English resources loaded up front.
 * Tests find their way by roles, ids and data-* hooks; expected names come from i18n keys.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n, Resource } from 'i18next';
import common from '../../../locales/en/common.json';
import directory from '../../../locales/en/directory.json';
import questions from '../../../locales/en/questions.json';
import routes from '../../../locales/en/routes.json';
import { createI18n } from '../../../app/i18n/i18n.ts';
import { Root } from '../../../app/root.tsx';
import { preloadLaterScreens } from '../../../app/screens/later-screens.ts';
import { DEFAULT_SITE_SETTINGS, type SiteSettings } from '../../../app/settings/site-settings.ts';

export const EN: Resource = { en: { common, questions, routes, directory } };

export function englishI18n(lng = 'en', extra: Resource = {}): Promise<I18n> {
  return createI18n({ lng, resources: { ...EN, ...extra } });
}

export async function renderApp(options: { settings?: Partial<SiteSettings>; i18n?: I18n; user?: ReturnType<typeof userEvent.setup> } = {}) {
  const i18n = options.i18n ?? (await englishI18n());
  const settings = { ...DEFAULT_SITE_SETTINGS, ...options.settings };
  const user = options.user ?? userEvent.setup();
  // The later screens are lazy chunks; the app preloads them after its first screen, a test up front.
  await preloadLaterScreens();
  const utils = render(<Root i18n={i18n} settings={settings} />);
  await screen.findByRole('main');
  return { ...utils, i18n, user };
}

/** The `data-screen` of the one <main>. */
export function currentScreen(): string | undefined {
  const mains = document.querySelectorAll('main');
  if (mains.length !== 1) throw new Error(`expected one <main>, found ${mains.length}`);
  return (mains[0] as HTMLElement).dataset.screen;
}

export function currentQuestion(): string | undefined {
  return document.querySelector<HTMLElement>('form[data-question-id]')?.dataset.questionId;
}

export function input(question: string, answer: string): HTMLInputElement {
  const found = document.querySelector<HTMLInputElement>(`input[name="${question}"][value="${answer}"]`);
  if (!found) throw new Error(`no input ${question}=${answer} on ${currentScreen()} ${currentQuestion() ?? ''}`);
  return found;
}

export function continueButton(): HTMLElement {
  const all = document.querySelectorAll<HTMLElement>('[data-action="continue"]');
  if (all.length !== 1) throw new Error(`expected one continue control, found ${all.length}`);
  return all[0]!;
}

type User = ReturnType<typeof userEvent.setup>;

/** Answers the question on screen (radios; a multi answer ticks each option, [] ticks "none") and continues. */
export async function answer(user: User, question: string, value: string | readonly string[]): Promise<void> {
  if (typeof value === 'string') await user.click(input(question, value));
  else if (value.length === 0) await user.click(input(question, 'none'));
  else for (const option of value) await user.click(input(question, option));
  await user.click(continueButton());
}

/**
 * Walks the UI from wherever it is to the outcome using only page hooks: answers each asked
 * question from `answers`, and continues through the danger screen and review.
 */
export async function walkToOutcome(
  user: User,
  answers: Readonly<Record<string, string | readonly string[] | undefined>>,
  stopAt?: { screen?: string; question?: string },
): Promise<void> {
  for (let step = 0; step < 40; step++) {
    const where = currentScreen();
    if (where === 'outcome') return;
    if (stopAt?.screen === where || (stopAt?.question && stopAt.question === currentQuestion())) return;
    if (where === 'start') {
      await user.click(input('q_nation', (answers.q_nation as string | undefined) ?? 'england'));
      await user.click(continueButton());
    } else if (where === 'question') {
      const question = currentQuestion()!;
      const value = answers[question];
      if (value === undefined) throw new Error(`no answer for ${question}`);
      await answer(user, question, value);
    } else {
      await user.click(continueButton());
    }
  }
  throw new Error('did not reach the outcome');
}
