import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getQuestion, progress, type QuestionId } from '../../rules/index.ts';
import { AskPrivately } from '../components/ask-privately.tsx';
import { BackButton } from '../components/back-button.tsx';
import { ChoiceList } from '../components/choice-list.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';
import { ScreenHeading } from '../components/screen-heading.tsx';
import { WhyWeAsk } from '../components/why-we-ask.tsx';
import { GlossaryButton } from '../glossary/glossary-button.tsx';
import { Bilingual } from '../languages/bilingual.tsx';
import { ClientDraftNote } from '../languages/client-draft-note.tsx';
import { LangText } from '../languages/lang-text.tsx';
import { useClientTranslation } from '../languages/use-client-translation.ts';
import { questionKey } from '../i18n/keys.ts';
import { inputId, type Selection } from '../journey/selection.ts';
import { useJourney } from '../journey/use-journey.ts';
import { QuestionFeedbackSlot } from '../monitoring/question-feedback-slot.tsx';

/** One question per screen; the question is the legend and the h1. */
export function QuestionScreen({ questionId }: { questionId: QuestionId }) {
  const { t, i18n } = useTranslation(['questions', 'common']);
  const client = useClientTranslation('questions');
  const journey = useJourney();
  const question = getQuestion(questionId);
  const [selection, setSelection] = useState<Selection>(journey.answers[questionId]);
  const [failedAttempts, setFailedAttempts] = useState(0);
  const { position, total } = progress(journey.answers, questionId);

  const text = t(questionKey(questionId, 'text'));
  const hasHint = i18n.exists(questionKey(questionId, 'hint'), { ns: 'questions' });
  const showError = failedAttempts > 0 && selection === undefined;
  const errorMessage = t(question.kind === 'multi' ? 'error.chooseMany' : 'error.chooseOne', { ns: 'common' });
  const ids = { hint: `${questionId}-hint`, private: `${questionId}-private`, error: `${questionId}-error` };
  const describedBy = [hasHint && ids.hint, question.sensitive && ids.private, showError && ids.error].filter(Boolean).join(' ');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (selection === undefined) setFailedAttempts((n) => n + 1);
    else journey.answer(questionId, selection);
  };

  return (
    <main id="main" className="screen" data-screen="question">
      <BackButton onBack={journey.back} />
      {showError && <ErrorSummary message={errorMessage} fieldId={inputId(questionId, question.options[0]!)} attempt={failedAttempts} />}
      <ClientDraftNote />
      <p className="progress">{t('question.progress', { ns: 'common', position, total })}</p>
      <form data-question-id={questionId} onSubmit={submit} noValidate>
        <div className={`form-group${showError ? ' form-group-error' : ''}`}>
          <fieldset className="fieldset" aria-describedby={describedBy || undefined}>
            {/* The h1 stays in the worker's language; in the interpreter view the client's version sits beside it. */}
            <legend className={client ? 'fieldset-legend legend-bilingual' : 'fieldset-legend'}>
              <ScreenHeading documentTitle={showError ? `${t('error.prefix', { ns: 'common' })}: ${text}` : text} className="heading-question">
                {client ? <LangText text={text} lng={i18n.language} block="worker" /> : text}
              </ScreenHeading>
              {client && <LangText text={client.t(questionKey(questionId, 'text'))} lng={client.lng} block="client" className="heading-question client-heading" />}
            </legend>
            {hasHint && (
              <p className="hint" id={ids.hint}>
                <Bilingual worker={t(questionKey(questionId, 'hint'))} client={client && { text: client.t(questionKey(questionId, 'hint')), lng: client.lng }} />
              </p>
            )}
            {question.sensitive && <AskPrivately question={questionId} id={ids.private} />}
            {showError && (
              <p className="error-message" id={ids.error}>
                <span className="visually-hidden">{t('error.prefix', { ns: 'common' })}: </span>
                {errorMessage}
              </p>
            )}
            <ChoiceList question={question} selection={selection} onChange={setSelection} invalid={showError} />
          </fieldset>
        </div>
        <WhyWeAsk question={questionId} />
        <GlossaryButton />
        <button type="submit" className="button" data-action="continue">
          {t('question.continue', { ns: 'common' })}
        </button>
      </form>
      <QuestionFeedbackSlot questionId={questionId} />
    </main>
  );
}
