import type { LanguageMeta } from './language-meta.ts';

/** Lower case without accents, so "francais" finds Français and "turk" finds Türkçe. */
const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');

/** The languages whose endonym, English name or code contains the search text. */
export function filterLanguages(languages: readonly LanguageMeta[], search: string): LanguageMeta[] {
  const wanted = fold(search.trim());
  if (!wanted) return [...languages];
  return languages.filter((l) => [l.endonym, l.englishName, l.code].some((name) => fold(name).includes(wanted)));
}
