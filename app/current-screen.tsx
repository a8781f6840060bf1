import { useEffect } from 'react';
import { useJourney } from './journey/use-journey.ts';
import { lazyDangerScreen, lazyOutcomeScreen, lazyReviewScreen, preloadLaterScreens } from './screens/later-screens.ts';
import { QuestionScreen } from './screens/question-screen.tsx';
import { StaffAreaGate } from './settings/staff-area-gate.tsx';

const DangerScreen = lazyDangerScreen.Screen;
const ReviewScreen = lazyReviewScreen.Screen;
const OutcomeScreen = lazyOutcomeScreen.Screen;

/** The screen the journey is on. Keys make each new screen mount afresh (its h1 takes focus). */
export function CurrentScreen() {
  const { screen, questionId, generation } = useJourney();
  useEffect(() => void preloadLaterScreens(), []);
  switch (screen) {
    case 'start':
      // The start screen, or the staff area (site settings, monitoring) opened from it.
      return <StaffAreaGate key={`start-${generation}`} />;
    case 'question':
      return <QuestionScreen key={`${questionId}-${generation}`} questionId={questionId!} />;
    case 'danger':
      return <DangerScreen key={`danger-${generation}`} />;
    case 'review':
      return <ReviewScreen key={`review-${generation}`} />;
    case 'outcome':
      return <OutcomeScreen key={`outcome-${generation}`} />;
    default:
      return null;
  }
}
