/**
 * The languages Waymark has: one `locales/<lng>/_meta.json` each. The metas are tiny (about
 * 4 KB for twenty, see docs/translating.md), so they are bundled eagerly and the pickers,
 * `<html dir>` and the draft notes need no extra request; the texts themselves stay lazy.
 */
import { PSEUDO_LANGUAGES, pseudoEnabled } from './pseudo-languages.ts';

export type TranslationStatus = 'source' | 'draft' | 'reviewed';
export type Direction = 'ltr' | 'rtl';

export interface LanguageMeta {
  code: string;
  endonym: string;
  englishName: string;
  dir: Direction;
  status: TranslationStatus;
  review: { by: string; on: string } | null;
}

const FILES = import.meta.glob<LanguageMeta>('../../locales/*/_meta.json', { eager: true, import: 'default' });

const META: ReadonlyMap<string, LanguageMeta> = new Map(
  Object.values(FILES)
    .map((m): LanguageMeta => ({ code: m.code, endonym: m.endonym, englishName: m.englishName, dir: m.dir, status: m.status, review: m.review ?? null }))
    .sort((a, b) => a.englishName.localeCompare(b.englishName, 'en'))
    .map((m) => [m.code, m]),
);

/** Every language a user may choose, ordered by English name (the pseudo-locales are never listed). */
export function listedLanguages(): LanguageMeta[] {
  return [...META.values()];
}

/** A listed language, or a pseudo-locale where development allows it. */
export function isKnownLanguage(code: string | null | undefined): code is string {
  if (!code) return false;
  return META.has(code) || (pseudoEnabled() && code in PSEUDO_LANGUAGES);
}

export function languageMeta(code: string): LanguageMeta | undefined {
  return META.get(code) ?? (pseudoEnabled() ? PSEUDO_LANGUAGES[code] : undefined);
}

/** The direction of a language from its _meta.json; unknown languages read left to right. */
export function languageDir(code: string): Direction {
  return languageMeta(code)?.dir ?? 'ltr';
}

/** A draft needs the on-screen note "Draft translation: check key points with your interpreter". */
export function isDraft(code: string): boolean {
  return languageMeta(code)?.status === 'draft';
}
