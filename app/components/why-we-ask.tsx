import { useTranslation } from 'react-i18next';
import type { QuestionId } from '../../rules/index.ts';
import { questionKey } from '../i18n/keys.ts';

/** "Why we ask": plain words for the worker, with the legal reason, on demand. */
export function WhyWeAsk({ question }: { question: QuestionId }) {
  const { t } = useTranslation('questions');
  return (
    <details className="details">
      <summary className="details-summary">{t('question.whyTitle', { ns: 'common' })}</summary>
      <div className="details-text">
        <p>{t(questionKey(question, 'why'))}</p>
      </div>
    </details>
  );
}
