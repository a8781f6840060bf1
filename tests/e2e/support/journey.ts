/** Driving the app through the page hooks of CONTRACT.md only: no text, no classes. */
import type { Page } from 'playwright-core';

type AnswerMap = Readonly<Record<string, string | readonly string[] | undefined>>;

/** "screen|question": changes on every step of the journey. */
export const where = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const screen = document.querySelector<HTMLElement>('main[data-screen]')?.dataset.screen ?? '';
    const question = document.querySelector<HTMLElement>('form[data-question-id]')?.dataset.questionId ?? '';
    return `${screen}|${question}`;
  });

export async function screenOf(page: Page): Promise<string> {
  return (await where(page)).split('|')[0]!;
}

export async function open(page: Page, origin: string, query = ''): Promise<void> {
  await page.goto(`${origin}/${query}`);
  await page.waitForSelector('main[data-screen]:not([data-screen=loading])');
}

/** Clicks the one continue control and waits for the next screen. */
export async function proceed(page: Page): Promise<void> {
  const before = await where(page);
  await page.click('[data-action=continue]');
  await page.waitForFunction(
    (previous) => {
      const screen = document.querySelector<HTMLElement>('main[data-screen]')?.dataset.screen ?? '';
      const question = document.querySelector<HTMLElement>('form[data-question-id]')?.dataset.questionId ?? '';
      // A lazy screen may show the loading screen for a moment: wait for the screen itself.
      return screen !== 'loading' && `${screen}|${question}` !== previous;
    },
    before,
  );
}

export async function choose(page: Page, question: string, value: string | readonly string[]): Promise<void> {
  const values = typeof value === 'string' ? [value] : value.length === 0 ? ['none'] : value;
  for (const v of values) await page.check(`input[name="${question}"][value="${v}"]`);
}

/** From the start screen (or anywhere) to the outcome, or to the first screen matching `stopAt`. */
export async function walk(page: Page, answers: AnswerMap, stopAt?: string): Promise<void> {
  for (let step = 0; step < 50; step++) {
    const [screen, question] = (await where(page)).split('|') as [string, string];
    if (screen === 'outcome' || screen === stopAt || question === stopAt) return;
    if (screen === 'start' || screen === 'question') {
      const value = answers[question];
      if (value === undefined) throw new Error(`no answer for ${question}`);
      await choose(page, question, value);
    }
    await proceed(page);
  }
  throw new Error('the journey did not reach the outcome');
}

export const routeIds = (page: Page): Promise<string[]> =>
  page.$$eval('[data-route-id]', (els) => els.map((el) => el.getAttribute('data-route-id')!));
