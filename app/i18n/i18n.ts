/**
 * The i18next instance: the worker's language loads lazily (see locale-files.ts), English is
 * the fallback, and one `languageChanged` listener keeps `<html lang dir>` in step.
 */
import i18next, { type BackendModule, type i18n as I18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { bidiIsolate } from './bidi-isolate.ts';
import { FALLBACK_MARK, MISSING_MARK, fallbackMarker } from './fallback-marker.ts';
import { languageMeta } from '../languages/language-meta.ts';
import { NAMESPACES, SOURCE_LANGUAGE, loadNamespace } from './locale-files.ts';

const lazyLocales: BackendModule = {
  type: 'backend',
  init() {},
  read(lng, ns, callback) {
    loadNamespace(lng, ns).then(
      (data) => callback(null, data),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

export interface I18nOptions {
  lng: string;
  /** Preloaded resources (tests); without them each namespace loads lazily. */
  resources?: Resource;
}

/**
 * The single place that sets the page language and direction: the WORKER's language. The
 * client's language (interpreter view) never changes `<html>`; its blocks carry their own.
 */
function followLanguage(instance: I18n, lng: string): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = lng;
  // _meta.json is the source of truth; i18next's own list covers a language without one (tests).
  document.documentElement.dir = languageMeta(lng)?.dir ?? instance.dir(lng);
}

export async function createI18n({ lng, resources }: I18nOptions): Promise<I18n> {
  const instance = i18next.createInstance();
  if (!resources) instance.use(lazyLocales);
  instance.use(initReactI18next).use(bidiIsolate).use(fallbackMarker);
  instance.on('languageChanged', (next: string) => followLanguage(instance, next));
  await instance.init({
    lng,
    fallbackLng: SOURCE_LANGUAGE,
    load: 'currentOnly',
    ns: [...NAMESPACES],
    defaultNS: 'common',
    ...(resources ? { resources } : {}),
    interpolation: { escapeValue: false },
    returnNull: false,
    returnEmptyString: false,
    postProcess: ['bidiIsolate', 'fallbackMarker'],
    postProcessPassResolved: true,
    parseMissingKeyHandler: () => MISSING_MARK,
    react: { useSuspense: true },
  });
  return instance;
}

export { FALLBACK_MARK, MISSING_MARK };
