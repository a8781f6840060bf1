/** Renders the app with stored site settings, as main.tsx does after reading them from IndexedDB. */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Root } from '../../../app/root.tsx';
import type { SettingsStatus } from '../../../app/settings/settings-store.ts';
import { DEFAULT_SITE_SETTINGS, type LocalContact, type SiteSettings } from '../../../app/settings/site-settings.ts';
import { englishI18n } from './render-app.tsx';

export const COUNCIL_ADULTS: LocalContact = {
  id: 'local-leeds-adults',
  name: 'Leeds Adult Social Care',
  phone: '0113 222 4401',
  slot: 'council-adult-social-care',
  routes: ['la-adult-care-assessment'],
};

export const FOOD_BANK: LocalContact = {
  id: 'local-food-bank',
  name: 'Hyde Park Food Bank',
  web: 'https://foodbank.example.org',
  routes: ['voluntary-sector-destitution-support'],
};

/** A valid settings file as a coordinator would export it. */
export const GOOD_FILE = {
  format: 'waymark-site-settings',
  version: 1,
  organisationName: 'Leeds Welcome',
  nation: 'wales',
  workerLanguage: 'cy',
  idleMinutes: 15,
  safeguardingLead: { name: 'Sam Jones', phone: '+44 113 496 0000' },
  localContacts: [COUNCIL_ADULTS, FOOD_BANK],
  monitoringEnabled: true,
};

export async function renderWithSettings(stored: Partial<SiteSettings> = {}, status: SettingsStatus = 'saved') {
  const i18n = await englishI18n();
  const user = userEvent.setup();
  const utils = render(<Root i18n={i18n} settings={{ ...DEFAULT_SITE_SETTINGS, ...stored }} settingsStatus={status} />);
  await screen.findByRole('main');
  return { ...utils, i18n, user };
}

/** From the start screen into the staff area (a lazy chunk). */
export async function openSettings(user: ReturnType<typeof userEvent.setup>): Promise<void> {
  await user.click(document.querySelector<HTMLElement>('[data-action=site-settings]')!);
  await waitForScreen('settings');
}

export async function waitForScreen(name: string): Promise<void> {
  const deadline = Date.now() + 5000;
  while (document.querySelector('main')?.getAttribute('data-screen') !== name) {
    if (Date.now() > deadline) throw new Error(`screen ${name} did not show; on ${document.querySelector('main')?.getAttribute('data-screen')}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
