/** The staff area: site settings form, import/export, local contacts; everything stored in IndexedDB. */
import '../support/hooks.ts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { idbGet, resetIdbForTests } from '../../../app/settings/idb.ts';
import { SETTINGS_KEY } from '../../../app/settings/stored-settings.ts';
import { continueButton, currentScreen, input } from '../support/render-app.tsx';
import { useFakeIndexedDb } from '../support/fake-idb.ts';
import { COUNCIL_ADULTS, FOOD_BANK, GOOD_FILE, openSettings, renderWithSettings, waitForScreen } from '../support/site-settings.tsx';

useFakeIndexedDb();

// The staff area and the schema are lazy chunks: on a busy machine the first load takes a while.
const SLOW = 5000;
const eventually = (check: () => unknown) => waitFor(check, { timeout: SLOW });

const stored = async () => ((await idbGet<{ settings: unknown }>('settings', SETTINGS_KEY)) ?? null)?.settings;
const problemPaths = () => [...document.querySelectorAll('[data-problem-path]')].map((li) => li.getAttribute('data-problem-path'));
const field = (id: string) => document.getElementById(id) as HTMLInputElement;
const action = (name: string) => document.querySelector<HTMLElement>(`[data-action=${name}]`)!;
const jsonFile = (content: unknown) => new File([typeof content === 'string' ? content : JSON.stringify(content)], 'settings.json', { type: 'application/json' });

describe('site settings form', { timeout: 20_000 }, () => {
  it('opens from the start screen with one continue control and the h1 focused', async () => {
    const { user } = await renderWithSettings();
    await openSettings(user);
    expect(currentScreen()).toBe('settings');
    expect(continueButton()).toHaveTextContent(/./);
    await eventually(() => expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 })));
  });

  it('is left by Quick exit like any screen, and the start screen follows the neutral page', async () => {
    const { user } = await renderWithSettings();
    await openSettings(user);
    await user.click(action('quick-exit'));
    await waitForScreen('exit');
    await user.click(continueButton());
    await waitForScreen('start');
  });

  it('lists each problem, links it to its field, and stores nothing', async () => {
    const { user } = await renderWithSettings();
    await openSettings(user);
    await user.clear(field('settings-idle'));
    await user.type(field('settings-idle'), 'ten');
    await user.type(field('settings-lead-name'), 'Sam');
    await user.click(continueButton());
    await eventually(() => expect(problemPaths()).toEqual(['idleMinutes', 'safeguardingLead.phone']));
    const summary = document.querySelector('[data-error-summary]')!;
    await eventually(() => expect(document.activeElement).toBe(summary));
    expect(field('settings-idle')).toHaveAttribute('aria-invalid', 'true');
    expect(field('settings-lead-phone')).toHaveAttribute('aria-invalid', 'true');
    await user.click(within(summary as HTMLElement).getAllByRole('link')[0]!);
    expect(document.activeElement).toBe(field('settings-idle'));
    expect(field('settings-idle').value).toBe('ten');
    expect(await stored()).toBeUndefined();
  });

  it('saves, and the start screen and privacy note use the new settings at once', async () => {
    const { user, i18n } = await renderWithSettings();
    await openSettings(user);
    await user.click(field('settings-nation-wales'));
    await user.clear(field('settings-idle'));
    await user.type(field('settings-idle'), '12');
    await user.click(continueButton());
    await screen.findByText(i18n.t('settingsArea.flash.saved'), {}, { timeout: SLOW });
    expect(await stored()).toMatchObject({ nation: 'wales', idleMinutes: 12, monitoringEnabled: false });
    await user.click(action('leave-settings'));
    await waitForScreen('start');
    expect(input('q_nation', 'wales')).toBeChecked();
    expect(screen.getByText(i18n.t('start.privacy', { minutes: 12 }))).toBeInTheDocument();
  });

  it('keeps the old settings, and says so, when the device will not store new ones', async () => {
    const { user, i18n } = await renderWithSettings({ nation: 'scotland' });
    await openSettings(user);
    resetIdbForTests();
    globalThis.indexedDB = { open: () => { throw new Error('storage blocked'); } } as unknown as IDBFactory;
    await user.click(field('settings-nation-wales'));
    await user.click(continueButton());
    await screen.findByText(i18n.t('settingsArea.flash.notStored'), {}, { timeout: SLOW });
    await user.click(action('leave-settings'));
    await waitForScreen('start');
    expect(input('q_nation', 'scotland')).toBeChecked();
  });

  it("puts the stored safeguarding lead's number on the danger screen", async () => {
    const { user } = await renderWithSettings({ safeguardingLead: { name: 'Sam Jones', phone: '+44 113 496 0000' } });
    await user.click(continueButton());
    await user.click(input('q_danger', 'yes'));
    await user.click(continueButton());
    await waitForScreen('danger');
    expect(document.querySelector('main a[href="tel:+441134960000"]')).toBeInTheDocument();
  });

  it('tells staff on the start screen when the settings could not be read', async () => {
    await renderWithSettings({}, 'unavailable');
    expect(document.querySelector('[data-notice=settings-unavailable]')).toBeInTheDocument();
  });
});

describe('import', { timeout: 20_000 }, () => {
  it('applies a valid file whole: stored, shown in the form and the contact list', async () => {
    const { user, i18n } = await renderWithSettings();
    await openSettings(user);
    await user.upload(field('settings-import-file'), jsonFile(GOOD_FILE));
    await user.click(action('import-settings'));
    await screen.findByText(i18n.t('settingsArea.flash.imported'), {}, { timeout: SLOW });
    expect(await stored()).toEqual({ ...GOOD_FILE, format: undefined, version: undefined });
    expect(field('settings-organisation').value).toBe(GOOD_FILE.organisationName);
    expect(field('settings-nation-wales')).toBeChecked();
    const ids = [...document.querySelectorAll('[data-contact-id]')].map((el) => el.getAttribute('data-contact-id'));
    expect(ids).toEqual([COUNCIL_ADULTS.id, FOOD_BANK.id]);
  });

  it('applies nothing from a file with any problem, and lists every problem by path', async () => {
    const { user } = await renderWithSettings({ organisationName: 'Before', localContacts: [FOOD_BANK] });
    await openSettings(user);
    await user.type(field('settings-organisation'), ' (typing)');
    const bad = { ...GOOD_FILE, idleMinutes: 0, localContacts: [{ ...COUNCIL_ADULTS, phone: 'ring me' }] };
    await user.upload(field('settings-import-file'), jsonFile(bad));
    await user.click(action('import-settings'));
    await eventually(() => expect(problemPaths()).toEqual(['idleMinutes', 'localContacts[0].phone']));
    expect(document.querySelector('[data-problem-path="localContacts[0].phone"] code')).toHaveTextContent('localContacts[0].phone');
    expect(await stored()).toBeUndefined();
    expect(field('settings-organisation').value).toBe('Before (typing)');
    expect([...document.querySelectorAll('[data-contact-id]')].map((el) => el.getAttribute('data-contact-id'))).toEqual([FOOD_BANK.id]);
  });

  it.each([
    ['a file that is not JSON', '{"format": "waymark-site-settings",', ''],
    ['no file at all', null, ''],
  ])('explains %s', async (_, content, path) => {
    const { user } = await renderWithSettings();
    await openSettings(user);
    if (content !== null) await user.upload(field('settings-import-file'), jsonFile(content));
    await user.click(action('import-settings'));
    await eventually(() => expect(problemPaths()).toEqual([path]));
  });
});

describe('local contacts', { timeout: 20_000 }, () => {
  it('adds a contact: checked, stored at once, listed, and unsaved form typing is kept', async () => {
    const { user } = await renderWithSettings();
    await openSettings(user);
    await user.type(field('settings-organisation'), 'Unsaved name');
    await user.click(action('add-contact'));
    await waitForScreen('settings-contact');
    expect(continueButton()).toBeInTheDocument();
    await user.click(continueButton());
    await eventually(() => expect(problemPaths()).toEqual(['name', 'routes']));
    await user.type(field('contact-name'), 'Leeds Adult Social Care');
    await user.selectOptions(field('contact-slot'), 'council-adult-social-care');
    // Choosing a slot ticks the routes that signpost it.
    expect(field('contact-route-la-adult-care-assessment')).toBeChecked();
    await user.click(continueButton());
    await waitForScreen('settings');
    expect(field('settings-organisation').value).toBe('Unsaved name');
    const saved = (await stored()) as { localContacts: { id: string; slot: string }[] };
    expect(saved.localContacts).toEqual([expect.objectContaining({ id: 'local-leeds-adult-social-care', slot: 'council-adult-social-care' })]);
    expect(document.querySelector('[data-contact-id=local-leeds-adult-social-care]')).toBeInTheDocument();
  });

  it('changes and removes a contact, removing only after confirmation', async () => {
    const { user } = await renderWithSettings({ localContacts: [COUNCIL_ADULTS, FOOD_BANK] });
    await openSettings(user);
    const item = () => document.querySelector<HTMLElement>(`[data-contact-id=${FOOD_BANK.id}]`)!;
    await user.click(item().querySelector<HTMLElement>('[data-action=edit-contact]')!);
    await waitForScreen('settings-contact');
    await user.type(field('contact-phone'), '0113 000 0000');
    await user.click(continueButton());
    await waitForScreen('settings');
    await eventually(async () => expect(((await stored()) as { localContacts: { phone?: string }[] }).localContacts[1]!.phone).toBe('0113 000 0000'));
    await user.click(item().querySelector<HTMLElement>('[data-action=remove-contact]')!);
    expect(item()).toBeInTheDocument();
    await user.click(action('confirm-remove'));
    await eventually(() => expect(item()).toBeNull());
    expect(((await stored()) as { localContacts: { id: string }[] }).localContacts.map((c) => c.id)).toEqual([COUNCIL_ADULTS.id]);
  });
});
