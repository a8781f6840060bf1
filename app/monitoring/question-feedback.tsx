import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionId } from '../../rules/index.ts';
import { useLanguages } from '../languages/languages-context.ts';
import { FEEDBACK_REASONS, recordFeedback, type FeedbackReason } from './feedback.ts';

/**
 * "Something wrong with this question?": a reason from a short list, kept on this device for
 * the people who maintain the wording. No free text, so nothing about a person can be typed
 * in. It sits outside the question's form: its radios are not answers (their name is not the
 * question id) and its button is not the page's continue control.
 */
export function QuestionFeedback({ questionId }: { questionId: QuestionId }) {
  const { t } = useTranslation();
  const { worker, client } = useLanguages();
  const [reason, setReason] = useState<FeedbackReason | null>(null);
  const [state, setState] = useState<'open' | 'missing' | 'sent' | 'failed'>('open');
  const thanks = useRef<HTMLParagraphElement>(null);
  // The form the worker was in is replaced by the thanks: focus follows so it is read out.
  useEffect(() => {
    if (state === 'sent') thanks.current?.focus();
  }, [state]);

  const send = () => {
    if (!reason) return setState('missing');
    recordFeedback({ questionId, language: worker, ...(client ? { clientLanguage: client } : {}), reason }).then(
      () => setState('sent'),
      () => setState('failed'),
    );
  };

  return (
    <details className="details question-feedback no-print" data-feedback={questionId}>
      <summary className="details-summary">{t('feedback.title')}</summary>
      <div className="details-text">
        {state === 'sent' ? (
          <p ref={thanks} tabIndex={-1} role="status" data-feedback-sent="">
            {t('feedback.thanks')}
          </p>
        ) : (
          <fieldset className="fieldset" aria-describedby={state === 'missing' ? 'feedback-error' : 'feedback-hint'}>
            <legend className="fieldset-legend label">{t('feedback.legend')}</legend>
            <p className="hint" id="feedback-hint">
              {t('feedback.hint')}
            </p>
            {state === 'missing' && (
              <p className="error-message" id="feedback-error" role="alert">
                {t('feedback.chooseReason')}
              </p>
            )}
            {state === 'failed' && (
              <p className="warning-text" role="alert">
                {t('feedback.failed')}
              </p>
            )}
            <div className="choices choices-radio choices-compact">
              {FEEDBACK_REASONS.map((r) => (
                <div className="choice" key={r}>
                  <input
                    className="choice-input"
                    id={`feedback-${r}`}
                    type="radio"
                    name="feedback-reason"
                    value={r}
                    checked={reason === r}
                    onChange={() => setReason(r)}
                  />
                  <label className="choice-label" htmlFor={`feedback-${r}`}>
                    {t(`feedback.reason.${r}`)}
                  </label>
                </div>
              ))}
            </div>
            <button type="button" className="button button-secondary" data-action="send-feedback" onClick={send}>
              {t('feedback.send')}
            </button>
          </fieldset>
        )}
      </div>
    </details>
  );
}
