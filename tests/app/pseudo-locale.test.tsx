import './support/hooks.ts';
import { describe, expect, it } from 'vitest';
import common from '../../locales/en/common.json';
import { createI18n } from '../../app/i18n/i18n.ts';
import { pickLanguage } from '../../app/i18n/locale-files.ts';
import { listedLanguages } from '../../app/languages/language-meta.ts';
import { pseudoText } from '../../app/languages/pseudo-locale.ts';

describe('pseudo-locale (development only)', () => {
  it('accents, brackets and lengthens a string, leaving placeholders alone', () => {
    const text = pseudoText('Question {{position}} of about {{total}}');
    expect(text.startsWith('⟦') && text.endsWith('⟧')).toBe(true);
    expect(text).toContain('{{position}}');
    expect(text).toContain('{{total}}');
    expect(text).not.toContain('Question');
    expect(text.length).toBeGreaterThan('Question {{position}} of about {{total}}'.length * 1.3);
  });

  it('?lng=pseudo loads English through the pseudo transform, and is never listed', async () => {
    expect(pickLanguage('pseudo')).toBe('pseudo');
    expect(listedLanguages().map((l) => l.code)).not.toContain('pseudo');
    const i18n = await createI18n({ lng: 'pseudo' });
    const title = i18n.t('start.title');
    expect(title).toBe(pseudoText(common.start.title));
    expect(i18n.t('question.progress', { position: 2, total: 9 })).toMatch(/2.*9/);
    expect(document.documentElement.dir).toBe('ltr');
  });

  it('?lng=pseudo-rtl turns the page right to left', async () => {
    await createI18n({ lng: 'pseudo-rtl' });
    expect(document.documentElement.lang).toBe('pseudo-rtl');
    expect(document.documentElement.dir).toBe('rtl');
  });
});
