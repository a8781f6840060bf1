import { useTranslation } from 'react-i18next';
import type { AnswerValue, QuestionId } from '../../rules/index.ts';
import { optionKey, questionKey } from '../i18n/keys.ts';
import { NONE_VALUE } from '../journey/selection.ts';

interface Props {
  question: QuestionId;
  answer: AnswerValue;
  onChange: (question: QuestionId) => void;
}

/** One answer on the check-your-answers list; Change names the question for screen readers. */
export function SummaryRow({ question, answer, onChange }: Props) {
  const { t } = useTranslation(['questions', 'common']);
  const label = t(questionKey(question, 'label'));
  const chosen = typeof answer === 'string' ? [answer] : answer.length > 0 ? answer : [NONE_VALUE];
  return (
    <div className="summary-row" data-answer-of={question}>
      <dt className="summary-key">{label}</dt>
      <dd className="summary-value">
        {chosen.length === 1 ? (
          t(optionKey(question, chosen[0]!))
        ) : (
          <ul className="list-plain">
            {chosen.map((option) => (
              <li key={option}>{t(optionKey(question, option))}</li>
            ))}
          </ul>
        )}
      </dd>
      <dd className="summary-actions">
        <button type="button" className="link-button" data-change={question} onClick={() => onChange(question)}>
          {t('review.change', { ns: 'common' })}
          <span className="visually-hidden"> {t('review.changeContext', { ns: 'common', question: label })}</span>
        </button>
      </dd>
    </div>
  );
}
