/**
 * A key missing in the worker's language falls back to English with a visible marker, so
 * a gap in a translation is seen and reported, never shown as an empty string or a raw key.
 */
import type { PostProcessorModule, TOptions } from 'i18next';

export const FALLBACK_MARK = '[EN]';
/** Shown when a key is missing even in English (a typed key makes this rare). */
export const MISSING_MARK = '[?]';

const base = (lng: string) => lng.split('-')[0];

export const fallbackMarker: PostProcessorModule = {
  type: 'postProcessor',
  name: 'fallbackMarker',
  process(value: string, _key: string | string[], options: TOptions & { i18nResolved?: { usedLng?: string } }, translator: { language?: string }) {
    const wanted = (options.lng as string | undefined) ?? translator.language;
    const used = options.i18nResolved?.usedLng;
    if (typeof value !== 'string' || !wanted || !used || wanted === 'cimode') return value;
    return base(used) === base(wanted) ? value : `${value} ${FALLBACK_MARK}`;
  },
};
