/** Importing this module supplies the outcome rules to the app's journey machine. */
import { decide } from '../../rules/index.ts';
import { provideOutcomeRules } from './outcome-rules.ts';

provideOutcomeRules(decide);
