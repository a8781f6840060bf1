import './support/hooks.ts';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import common from '../../locales/en/common.json';
import { FALLBACK_MARK, MISSING_MARK, createI18n } from '../../app/i18n/i18n.ts';
import { availableLanguages, pickLanguage } from '../../app/i18n/locale-files.ts';
import { continueButton, englishI18n, renderApp } from './support/render-app.tsx';

describe('worker language', () => {
  it('a key missing in the worker language falls back to English with a visible marker', async () => {
    const i18n = await englishI18n('xx', { xx: { common: { start: { continue: 'XX start' }, app: { name: '' } } } });
    await renderApp({ i18n });
    expect(continueButton()).toHaveTextContent(/^XX start$/);
    const h1 = screen.getByRole('heading', { level: 1 });
    expect(h1.textContent).toBe(`${common.start.title} ${FALLBACK_MARK}`);
    // An empty translation is treated as missing: English with the marker, never an empty string.
    expect(i18n.t('app.name')).toBe(`${common.app.name} ${FALLBACK_MARK}`);
  });

  it('a key missing even in English shows a marker, never the raw key', async () => {
    const i18n = await englishI18n();
    expect(i18n.t('start.title')).toBe(common.start.title);
    // @ts-expect-error keys are typed from locales/en: a wrong key is a type error
    expect(i18n.t('start.noSuchKey')).toBe(MISSING_MARK);
  });

  it('<html lang dir> follow the worker language through one languageChanged listener', async () => {
    const i18n = await englishI18n('en', { ar: { common: { start: { title: 'عنوان' } } } });
    expect(document.documentElement.lang).toBe('en');
    expect(document.documentElement.dir).toBe('ltr');
    await i18n.changeLanguage('ar');
    expect(document.documentElement.lang).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
  });

  it('loads a language lazily from locales/ and uses English when the requested one does not exist', async () => {
    expect(availableLanguages()).toContain('en');
    expect(pickLanguage(null)).toBe('en');
    expect(pickLanguage('zz-not-a-language')).toBe('en');
    const i18n = await createI18n({ lng: pickLanguage('zz-not-a-language') });
    expect(i18n.hasLoadedNamespace('questions')).toBe(true);
    expect(i18n.t('q_age.options.unknown', { ns: 'questions' })).not.toContain(MISSING_MARK);
    expect(i18n.t('start.title')).toBe(common.start.title);
  });
});
