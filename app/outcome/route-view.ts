/** Everything a route card shows for one nation, looked up from the rules data. */
import {
  getOrganisation,
  getRoute,
  getSource,
  type Confidence,
  type Nation,
  type Organisation,
  type Source,
} from '../../rules/index.ts';

export interface RouteView {
  id: string;
  sources: Source[];
  organisations: Organisation[];
  confidence: Confidence;
  nonStatutory: boolean;
  /** The legal map marks this point M or L: the card says an adviser should confirm it. */
  adviserShouldConfirm: boolean;
}

export function routeView(id: string, nation: Nation): RouteView {
  const law = getRoute(id).law[nation];
  return {
    id,
    sources: law.sources.map(getSource),
    organisations: law.signposts.map(getOrganisation),
    confidence: law.confidence,
    nonStatutory: law.nonStatutory === true,
    adviserShouldConfirm: law.confidence !== 'H',
  };
}
