/**
 * Locale files, each loaded lazily in its own chunk: no language, not even English,
 * is in the start-up bundle. Adding a language is adding a folder under `locales/`.
 */
export const NAMESPACES = ['common', 'questions', 'routes', 'directory'] as const;
export type Namespace = (typeof NAMESPACES)[number];

export const SOURCE_LANGUAGE = 'en';

type Resource = Record<string, unknown>;

const FILES = import.meta.glob<Resource>('../../locales/*/{common,questions,routes,directory}.json', {
  import: 'default',
});

function pathOf(lng: string, ns: string): string {
  return `../../locales/${lng}/${ns}.json`;
}

/** Languages with at least a `common` file. */
export function availableLanguages(): string[] {
  return Object.keys(FILES)
    .filter((path) => path.endsWith('/common.json'))
    .map((path) => path.split('/').at(-2)!)
    .sort();
}

/** The worker language to use: the requested one if it exists, else English. */
export function pickLanguage(requested: string | null | undefined): string {
  if (!requested) return SOURCE_LANGUAGE;
  return availableLanguages().includes(requested) ? requested : SOURCE_LANGUAGE;
}

/** One namespace of one language; an absent file is an empty namespace (keys fall back to English). */
export async function loadNamespace(lng: string, ns: string): Promise<Resource> {
  const load = FILES[pathOf(lng, ns)];
  return load ? load() : {};
}
