import { describe, expect, it } from 'vitest';
import { createI18n } from '../../app/i18n/i18n.ts';
import { isolateLatinRuns } from '../../app/i18n/bidi-isolate.ts';
import { resourcesOf } from './support/languages.tsx';

const LRI = '\u2066';
const PDI = '\u2069';

describe('English names inside right-to-left text', () => {
  it('each Latin run is wrapped in a left-to-right isolate, punctuation and Arabic left outside', () => {
    expect(isolateLatinRuns('قانون (Modern Slavery Act 2015؛ Domestic Abuse Act 2021).')).toBe(
      `قانون (${LRI}Modern Slavery Act 2015${PDI}؛ ${LRI}Domestic Abuse Act 2021${PDI}).`,
    );
    expect(isolateLatinRuns('الرقم 999')).toBe('الرقم 999');
  });

  it('applies to strings resolved in an RTL language only, not to LTR ones nor to English fallbacks', async () => {
    const resources = resourcesOf('en', 'ar', 'fr');
    // Arabic screen text left out, so "start.title" falls back to English.
    const i18n = await createI18n({ lng: 'en', resources: { ...resources, ar: { ...(resources.ar as object), common: {} } } });
    const key = 'q_flags.why' as const;
    expect(i18n.t(key, { ns: 'questions', lng: 'ar' })).toContain(LRI);
    expect(i18n.t(key, { ns: 'questions', lng: 'fr' })).not.toContain(LRI);
    expect(i18n.t(key, { ns: 'questions' })).not.toContain(LRI);
    // The English fallback is left as it is.
    expect(i18n.t('start.title', { lng: 'ar' })).not.toContain(LRI);
  });
});
