import { useTranslation } from 'react-i18next';
import type { QuestionId } from '../../rules/index.ts';
import { questionKey } from '../i18n/keys.ts';
import { Bilingual } from '../languages/bilingual.tsx';
import { useClientTranslation } from '../languages/use-client-translation.ts';

/** Guidance shown before a sensitive question: ask only in private, and it can be skipped. */
export function AskPrivately({ question, id }: { question: QuestionId; id: string }) {
  const { t } = useTranslation('questions');
  const client = useClientTranslation('questions');
  const clientCommon = useClientTranslation('common');
  const guidance = questionKey(question, 'private');
  return (
    <div className="private-guidance" id={id}>
      <p className="private-guidance-title">
        <strong>
          <Bilingual worker={t('question.privateTitle', { ns: 'common' })} client={clientCommon && { text: clientCommon.t('question.privateTitle'), lng: clientCommon.lng }} />
        </strong>
      </p>
      <p>
        <Bilingual worker={t(guidance)} client={client && { text: client.t(guidance), lng: client.lng }} />
      </p>
    </div>
  );
}
