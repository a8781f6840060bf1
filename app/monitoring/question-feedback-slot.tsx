import { lazy, Suspense } from 'react';
import type { QuestionId } from '../../rules/index.ts';

// Feedback is opened rarely: its code loads after the question shows, never at start-up.
const QuestionFeedback = lazy(() => import('./question-feedback.tsx').then((m) => ({ default: m.QuestionFeedback })));

/** "Something wrong with this question?", below the question's form. */
export function QuestionFeedbackSlot({ questionId }: { questionId: QuestionId }) {
  return (
    <Suspense fallback={null}>
      <QuestionFeedback questionId={questionId} />
    </Suspense>
  );
}
