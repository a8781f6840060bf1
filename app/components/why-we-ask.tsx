import { useTranslation } from 'react-i18next';
import type { QuestionId } from '../../rules/index.ts';
import { questionKey } from '../i18n/keys.ts';
import { Bilingual } from '../languages/bilingual.tsx';
import { useClientTranslation } from '../languages/use-client-translation.ts';

/** "Why we ask": plain words for the worker, with the legal reason, on demand. */
export function WhyWeAsk({ question }: { question: QuestionId }) {
  const { t } = useTranslation('questions');
  const client = useClientTranslation('questions');
  const clientCommon = useClientTranslation('common');
  const why = questionKey(question, 'why');
  return (
    <details className="details">
      <summary className="details-summary">
        <Bilingual worker={t('question.whyTitle', { ns: 'common' })} client={clientCommon && { text: clientCommon.t('question.whyTitle'), lng: clientCommon.lng }} />
      </summary>
      <div className="details-text">
        <p>
          <Bilingual worker={t(why)} client={client && { text: client.t(why), lng: client.lng }} />
        </p>
      </div>
    </details>
  );
}
