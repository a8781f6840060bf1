import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FlatNamespace } from 'i18next';
import { languageDir } from './language-meta.ts';
import { useLanguages } from './languages-context.ts';

/**
 * `t` fixed to the client's language (i18next holds both languages' resources), or null
 * when the interpreter view is off. A key missing in the client's language falls back to
 * English with the visible marker, like the worker's.
 */
export function useClientTranslation<N extends FlatNamespace>(ns: N) {
  const { client, worker } = useLanguages();
  // Always called (hooks cannot be conditional); without a client it is the worker's t, unused.
  const options = useMemo(() => ({ lng: client ?? worker }), [client, worker]);
  const { t } = useTranslation(ns, options);
  return client ? { t, lng: client, dir: languageDir(client) } : null;
}
