import { createContext } from 'react';
import type { JourneyActor } from '../../rules/index.ts';
import type { SessionNotice } from './boot-journey.ts';

/** What the journey provider holds; components reach it only through `useJourney`. */
export interface JourneyController {
  actor: JourneyActor;
  /** The neutral page after a quick exit is showing. */
  exited: boolean;
  /** Bumped on every wipe so no screen keeps a half-made choice in its local state. */
  generation: number;
  notice: SessionNotice | null;
  dismissNotice(): void;
  /** Finish or idle time-out: wipe everything and return to the start. */
  wipe(): void;
  /** Wipe everything and show the neutral page. */
  quickExit(): void;
  leaveExit(): void;
}

export const JourneyContext = createContext<JourneyController | null>(null);
