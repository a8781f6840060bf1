/**
 * Locale files, each loaded lazily in its own chunk: no language, not even English,
 * is in the start-up bundle. Adding a language is adding a folder under `locales/` with
 * its `_meta.json` (see app/languages/language-meta.ts).
 */
import { isKnownLanguage, listedLanguages } from '../languages/language-meta.ts';
import { PSEUDO_ENABLED, isPseudoLanguage } from '../languages/pseudo-languages.ts';

/** Loaded with every language at start; the glossary loads when it is first opened. */
export const NAMESPACES = ['common', 'questions', 'routes', 'directory'] as const;
export const GLOSSARY_NAMESPACE = 'glossary';
export type Namespace = (typeof NAMESPACES)[number] | typeof GLOSSARY_NAMESPACE;

export const SOURCE_LANGUAGE = 'en';

type Resource = Record<string, unknown>;

const FILES = import.meta.glob<Resource>('../../locales/*/{common,questions,routes,directory,glossary}.json', {
  import: 'default',
});

function pathOf(lng: string, ns: string): string {
  return `../../locales/${lng}/${ns}.json`;
}

/** Every language with a `_meta.json`, by code. */
export function availableLanguages(): string[] {
  return listedLanguages()
    .map((l) => l.code)
    .sort();
}

/** The language to use: the requested one if Waymark has it, else English. */
export function pickLanguage(requested: string | null | undefined): string {
  return isKnownLanguage(requested) ? requested : SOURCE_LANGUAGE;
}

/** One namespace of one language; an absent file is an empty namespace (keys fall back to English). */
export async function loadNamespace(lng: string, ns: string): Promise<Resource> {
  if (PSEUDO_ENABLED && isPseudoLanguage(lng)) {
    const [{ pseudoResource }, english] = await Promise.all([import('../languages/pseudo-locale.ts'), loadNamespace(SOURCE_LANGUAGE, ns)]);
    return pseudoResource(english);
  }
  const load = FILES[pathOf(lng, ns)];
  return load ? load() : {};
}

/** Starts loading these languages' start-up namespaces without waiting (the module cache keeps them). */
export function prefetchLanguages(languages: readonly string[]): void {
  for (const lng of new Set(languages)) {
    for (const ns of NAMESPACES) loadNamespace(lng, ns).catch(() => undefined);
  }
}
