import '@testing-library/jest-dom/vitest';
import './support/hooks.ts';
import { readFileSync, readdirSync } from 'node:fs';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { listedLanguages } from '../../app/languages/language-meta.ts';
import { LANGUAGES_KEY, bootLanguages } from '../../app/languages/saved-languages.ts';
import { continueButton, currentQuestion, currentScreen, input } from './support/render-app.tsx';
import { renderLanguages, resourcesOf } from './support/languages.tsx';

const ON_DISK = readdirSync('locales').filter((d) => readdirSync(`locales/${d}`).includes('_meta.json'));
const meta = (lng: string) => JSON.parse(readFileSync(`locales/${lng}/_meta.json`, 'utf8')) as { endonym: string; englishName: string; dir: string };

const picker = (which: 'worker' | 'client') => document.querySelector<HTMLElement>(`[data-language-picker=${which}]`)!;
/** Opens a picker and waits for its list (loaded on first open). */
async function openPicker(user: { click: (el: Element) => Promise<void> }, which: 'worker' | 'client', inside: ParentNode = document) {
  await user.click(inside.querySelector(`[data-action=change-language-${which}]`)!);
  await within(inside instanceof Document ? inside.body : (inside as HTMLElement)).findByRole('searchbox');
}
const radios = (which: 'worker' | 'client') => [...document.querySelectorAll<HTMLInputElement>(`input[name=language-${which}]`)];

describe('languages come from locales/<lng>/_meta.json', () => {
  it('lists every language with a _meta.json, and never the pseudo-locales', () => {
    expect(listedLanguages().map((l) => l.code).sort()).toEqual([...ON_DISK].sort());
    for (const l of listedLanguages()) expect(l.dir).toBe(meta(l.code).dir);
    expect(listedLanguages().map((l) => l.code)).not.toContain('pseudo');
  });

  it('boot: a choice saved in this tab wins, then ?lng= and &clientLng=, then the site, then English', () => {
    expect(bootLanguages(null, { lng: 'cy', clientLng: 'ti' })).toEqual({ worker: 'cy', client: 'ti' });
    expect(bootLanguages(null, { lng: 'zz', clientLng: 'zz' }, 'cy')).toEqual({ worker: 'cy', client: null });
    expect(bootLanguages(null, { lng: null, clientLng: null })).toEqual({ worker: 'en', client: null });
    expect(bootLanguages({ worker: 'ar', client: null }, { lng: 'cy', clientLng: 'ti' })).toEqual({ worker: 'ar', client: null });
  });
});

describe('language pickers on the start screen', () => {
  it('show both languages, chosen separately, each by endonym (in its own lang and dir) and English name', async () => {
    await renderLanguages({ worker: 'en', client: 'ar' });
    expect(currentScreen()).toBe('start');
    expect(picker('worker')).toHaveAttribute('data-current', 'en');
    expect(picker('client')).toHaveAttribute('data-current', 'ar');
    const endonym = picker('client').querySelector('[lang=ar]')!;
    expect(endonym).toHaveAttribute('dir', 'rtl');
    expect(endonym.textContent).toBe(meta('ar').endonym);
    expect(picker('client').textContent).toContain(meta('ar').englishName);
    // Closed pickers hold no text field: the start screen asks for nothing typed.
    expect(document.querySelectorAll('input[type=search]')).toHaveLength(0);
  });

  it('the searchable list filters by English name, endonym or code, and says how many match', async () => {
    const { user } = await renderLanguages();
    await user.click(within(picker('client')).getByRole('button', { expanded: false }));
    const filter = await within(picker('client')).findByRole('searchbox');
    expect(document.activeElement).toBe(filter);
    // "None" plus every language.
    expect(radios('client').map((r) => r.value)).toEqual(['none', ...listedLanguages().map((l) => l.code)]);
    await user.type(filter, 'tigr');
    expect(radios('client').map((r) => r.value)).toEqual(['ti']);
    await user.clear(filter);
    await user.type(filter, meta('fa').endonym);
    expect(radios('client').map((r) => r.value)).toEqual(['fa']);
    await user.clear(filter);
    await user.type(filter, 'francais');
    expect(radios('client').map((r) => r.value)).toEqual(['fr']);
    await user.clear(filter);
    await user.type(filter, 'qqqq');
    expect(radios('client')).toHaveLength(0);
    expect(within(picker('client')).getByRole('status')).not.toBeEmptyDOMElement();
  });

  it('choosing the client language turns on the interpreter view; the page keeps the worker language', async () => {
    const { user } = await renderLanguages({ extra: resourcesOf('ti') });
    await openPicker(user, 'client');
    await user.click(radios('client').find((r) => r.value === 'ti')!);
    await user.click(picker('client').querySelector('[data-action=apply-language]')!);
    expect(picker('client')).toHaveAttribute('data-current', 'ti');
    expect(document.activeElement).toBe(picker('client').querySelector('[data-action=change-language-client]'));
    expect(document.documentElement).toHaveAttribute('lang', 'en');
    expect(JSON.parse(window.sessionStorage.getItem(LANGUAGES_KEY)!)).toEqual({ worker: 'en', client: 'ti' });
    await user.click(continueButton());
    expect(document.querySelector('[data-lang-block=client][lang=ti]')).not.toBeNull();
  });

  it('choosing the worker language changes <html lang dir>; Cancel changes nothing', async () => {
    const { user } = await renderLanguages({ extra: { ar: {} } });
    await openPicker(user, 'worker');
    await user.click(radios('worker').find((r) => r.value === 'ar')!);
    await user.click(picker('worker').querySelector('[data-action=cancel-language]')!);
    expect(document.documentElement).toHaveAttribute('lang', 'en');
    await openPicker(user, 'worker');
    await user.click(radios('worker').find((r) => r.value === 'ar')!);
    await user.click(picker('worker').querySelector('[data-action=apply-language]')!);
    expect(document.documentElement).toHaveAttribute('lang', 'ar');
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
  });
});

describe('the header language control', () => {
  it('changes languages mid-question without losing the half-made choice', async () => {
    const { user } = await renderLanguages({ worker: 'en', client: 'ar' });
    await user.click(continueButton());
    await user.click(input('q_danger', 'unsure'));
    await user.click(document.querySelector('header [data-action=languages]')!);
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveAttribute('data-dialog', 'languages');
    expect(document.querySelector('.page-body')).toHaveAttribute('inert');
    await openPicker(user, 'client', dialog);
    await user.click(radios('client').find((r) => r.value === 'none')!);
    await user.click(dialog.querySelector('[data-action=apply-language]')!);
    await user.click(dialog.querySelector('[data-action=close-dialog]')!);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.querySelector('.page-body')).not.toHaveAttribute('inert');
    expect(currentQuestion()).toBe('q_danger');
    expect(input('q_danger', 'unsure')).toBeChecked();
    expect(document.querySelectorAll('[data-lang-block=client]')).toHaveLength(0);
    expect(document.activeElement).toHaveAttribute('data-action', 'languages');
  });
});

describe('the client language belongs to the person', () => {
  it('is forgotten by Quick exit (the worker language stays for the next person)', async () => {
    const { user } = await renderLanguages({ worker: 'cy', client: 'ar' });
    await user.click(continueButton());
    expect(document.querySelector('[data-lang-block=client]')).not.toBeNull();
    await user.click(document.querySelector<HTMLElement>('[data-action=quick-exit]')!);
    expect(currentScreen()).toBe('exit');
    expect(window.sessionStorage.getItem(LANGUAGES_KEY)).toBeNull();
    await user.click(continueButton());
    expect(currentScreen()).toBe('start');
    expect(picker('client')).toHaveAttribute('data-current', '');
    expect(picker('worker')).toHaveAttribute('data-current', 'cy');
  });
});
