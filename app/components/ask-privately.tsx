import { useTranslation } from 'react-i18next';
import type { QuestionId } from '../../rules/index.ts';
import { questionKey } from '../i18n/keys.ts';

/** Guidance shown before a sensitive question: ask only in private, and it can be skipped. */
export function AskPrivately({ question, id }: { question: QuestionId; id: string }) {
  const { t } = useTranslation('questions');
  return (
    <div className="private-guidance" id={id}>
      <p className="private-guidance-title">
        <strong>{t('question.privateTitle', { ns: 'common' })}</strong>
      </p>
      <p>{t(questionKey(question, 'private'))}</p>
    </div>
  );
}
