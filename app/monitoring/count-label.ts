import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { NATIONS, isQuestionId, type Nation } from '../../rules/index.ts';
import { flagKey, nationKey, questionKey, routeKey } from '../i18n/keys.ts';
import { languageMeta } from '../languages/language-meta.ts';
import type { Dimension } from './monitoring.ts';

/**
 * The words for a counted id on the monitoring page. An id this version no longer knows (a
 * route removed by a rules update, say) is shown as stored rather than hidden.
 */
export function useCountLabel(): (dimension: Dimension | 'question', value: string) => string {
  const { t, i18n } = useTranslation(['common', 'routes', 'questions']);
  return useCallback(
    (dimension, value) => {
      if (dimension === 'nation') return (NATIONS as readonly string[]).includes(value) ? t(nationKey(value as Nation), { ns: 'questions' }) : value;
      if (dimension === 'route') return i18n.exists(routeKey(value, 'title'), { ns: 'routes' }) ? t(routeKey(value, 'title'), { ns: 'routes' }) : value;
      if (dimension === 'flag') return i18n.exists(flagKey(value), { ns: 'common' }) ? t(flagKey(value)) : value;
      if (dimension === 'question') return isQuestionId(value) ? t(questionKey(value, 'label'), { ns: 'questions' }) : value;
      return value
        .split('+')
        .map((code) => languageMeta(code)?.englishName ?? code)
        .join(' + ');
    },
    [t, i18n],
  );
}
