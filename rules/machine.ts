/**
 * The journey machine: the question flow of `journey-flow.ts` with the outcome rules of
 * `outcome.ts`. The CLI, the tests and the rules book use this; the app starts on the bare
 * flow and supplies `decide` from a later chunk (see app/journey/outcome-rules.ts).
 */
import { decide } from './outcome.ts';
import { withOutcomeRules } from './journey-flow.ts';

export type { JourneyContext, JourneyEvent, JourneyInput } from './journey-flow.ts';
export { journeyFlow, stateOf, withOutcomeRules } from './journey-flow.ts';

export const journeyMachine = withOutcomeRules(decide);
