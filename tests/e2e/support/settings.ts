/** Shared by the site settings and monitoring browser tests: a settings file, a journey, staff-area steps. */
import type { Page } from 'playwright-core';

export const LOCAL_ADULTS = 'local-kirklees-adults';

export const SETTINGS_FILE = {
  format: 'waymark-site-settings',
  version: 1,
  organisationName: 'Huddersfield Welcome',
  nation: 'england',
  workerLanguage: 'en',
  idleMinutes: 15,
  safeguardingLead: { name: 'Sam Jones', phone: '01484 000 000' },
  localContacts: [
    { id: LOCAL_ADULTS, name: 'Kirklees Adult Social Care', phone: '01484 414 933', slot: 'council-adult-social-care', routes: ['la-adult-care-assessment'] },
    { id: 'local-food-bank', name: 'Town Food Bank', web: 'https://foodbank.example.org', routes: ['gp-registration'] },
  ],
  monitoringEnabled: false,
};

const file = (content: unknown) => ({
  name: 'waymark-settings.json',
  mimeType: 'application/json',
  buffer: Buffer.from(typeof content === 'string' ? content : JSON.stringify(content)),
});

export async function openSettings(page: Page): Promise<void> {
  await page.click('[data-action=site-settings]');
  await page.waitForSelector('main[data-screen=settings]');
}

export async function importFile(page: Page, content: unknown): Promise<void> {
  await page.setInputFiles('#settings-import-file', file(content));
  await page.click('[data-action=import-settings]');
  await page.waitForSelector('[data-flash=imported], [data-problem-path]');
}

export async function leaveSettings(page: Page): Promise<void> {
  await page.click('[data-action=leave-settings]');
  await page.waitForSelector('main[data-screen=start]');
}

export const problemPaths = (page: Page) => page.$$eval('[data-problem-path]', (items) => items.map((li) => li.getAttribute('data-problem-path')));

/** The whole of a download. */
export async function streamText(stream: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stream) text += String(chunk);
  return text;
}
