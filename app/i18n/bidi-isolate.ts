/**
 * In a right-to-left language, English names inside a sentence ("Modern Slavery Act 2015",
 * "(adult social care)") must stay whole: without isolation the bidi algorithm pulls their
 * words and numbers apart around the Arabic punctuation. Each Latin run of a string resolved
 * in an RTL language is wrapped in a left-to-right isolate (U+2066 ... U+2069), so
 * translators need not type invisible characters. Other languages are untouched.
 */
import type { PostProcessorModule, TOptions } from 'i18next';
import { languageMeta } from '../languages/language-meta.ts';

const LATIN_RUN = /[A-Za-z\u00C0-\u024F][A-Za-z0-9\u00C0-\u024F .,'’&/-]*[A-Za-z0-9\u00C0-\u024F]|[A-Za-z]/g;

export const isolateLatinRuns = (text: string): string => text.replace(LATIN_RUN, (run) => `\u2066${run}\u2069`);

export const bidiIsolate: PostProcessorModule = {
  type: 'postProcessor',
  name: 'bidiIsolate',
  process(value: string, _key: string | string[], options: TOptions & { i18nResolved?: { usedLng?: string } }) {
    const used = options.i18nResolved?.usedLng;
    if (typeof value !== 'string' || !used || languageMeta(used)?.dir !== 'rtl') return value;
    return isolateLatinRuns(value);
  },
};
