/**
 * The i18next instance: the worker's language loads lazily (see locale-files.ts), English is
 * the fallback, and one `languageChanged` listener keeps `<html lang dir>` in step.
 */
import i18next, { type BackendModule, type i18n as I18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { FALLBACK_MARK, MISSING_MARK, fallbackMarker } from './fallback-marker.ts';
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

/** The single place that sets the page language and direction. */
function followLanguage(instance: I18n, lng: string): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = lng;
  document.documentElement.dir = instance.dir(lng);
}

export async function createI18n({ lng, resources }: I18nOptions): Promise<I18n> {
  const instance = i18next.createInstance();
  if (!resources) instance.use(lazyLocales);
  instance.use(initReactI18next).use(fallbackMarker);
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
    postProcess: ['fallbackMarker'],
    postProcessPassResolved: true,
    parseMissingKeyHandler: () => MISSING_MARK,
    react: { useSuspense: true },
  });
  return instance;
}

export { FALLBACK_MARK, MISSING_MARK };
