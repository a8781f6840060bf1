import { useTranslation } from 'react-i18next';
import { askedQuestions } from '../../rules/index.ts';
import { BackButton } from '../components/back-button.tsx';
import { ScreenHeading } from '../components/screen-heading.tsx';
import { SummaryRow } from '../components/summary-row.tsx';
import { useJourney } from '../journey/use-journey.ts';
// Continue on this screen reaches the outcome: the outcome rules travel in this screen's chunk.
import '../journey/outcome-rules-loaded.ts';

/** Check your answers: a GOV.UK summary list, each row with a Change that returns here. */
export function ReviewScreen() {
  const { t } = useTranslation();
  const journey = useJourney();
  const answered = askedQuestions(journey.answers).filter((q) => journey.answers[q.id] !== undefined);

  return (
    <main id="main" className="screen" data-screen="review">
      <BackButton onBack={journey.back} />
      <ScreenHeading documentTitle={t('review.title')}>{t('review.title')}</ScreenHeading>
      <p>{t('review.intro')}</p>
      <dl className="summary-list">
        {answered.map((question) => (
          <SummaryRow key={question.id} question={question.id} answer={journey.answers[question.id]!} onChange={journey.change} />
        ))}
      </dl>
      <button type="button" className="button" data-action="continue" onClick={journey.proceed}>
        {t('review.continue')}
      </button>
    </main>
  );
}
