import { useJourney } from './journey/use-journey.ts';
import { DangerScreen } from './screens/danger-screen.tsx';
import { OutcomeScreen } from './screens/outcome-screen.tsx';
import { QuestionScreen } from './screens/question-screen.tsx';
import { ReviewScreen } from './screens/review-screen.tsx';
import { StartScreen } from './screens/start-screen.tsx';

/** The screen the journey is on. Keys make each new screen mount afresh (its h1 takes focus). */
export function CurrentScreen() {
  const { screen, questionId, generation } = useJourney();
  switch (screen) {
    case 'start':
      return <StartScreen key={`start-${generation}`} />;
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
