/**
 * Pseudo-locales for development (docs/translating.md): `?lng=pseudo` shows every string
 * accented, bracketed and longer, so hard-coded English stands out; `?lng=pseudo-rtl` does
 * the same right to left, to catch layout that is not mirrored. Never listed to users, and
 * off in production builds unless built with VITE_PSEUDO_LOCALE=1.
 */
import type { LanguageMeta } from './language-meta.ts';

/** A build-time constant, so production builds drop the pseudo-locale code entirely. */
export const PSEUDO_ENABLED: boolean = import.meta.env.DEV || import.meta.env.VITE_PSEUDO_LOCALE === '1';

export const pseudoEnabled = (): boolean => PSEUDO_ENABLED;

const pseudo = (code: string, dir: 'ltr' | 'rtl'): LanguageMeta => ({
  code,
  endonym: `Pseudo (${dir})`,
  englishName: `Pseudo-locale (${dir})`,
  dir,
  status: 'source',
  review: null,
});

export const PSEUDO_LANGUAGES: Readonly<Record<string, LanguageMeta>> = {
  pseudo: pseudo('pseudo', 'ltr'),
  'pseudo-rtl': pseudo('pseudo-rtl', 'rtl'),
};

export const isPseudoLanguage = (code: string): boolean => code in PSEUDO_LANGUAGES;
