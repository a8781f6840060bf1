/**
 * The key of a route's plain meaning for this case: rules choose the candidates (a wording
 * variant is a legal choice, rules/wording.ts), the app takes the first the locales have.
 */
import type { ParseKeys } from 'i18next';
import { meaningKeys, type Answers, type Nation, type RouteId } from '../../rules/index.ts';
import { routeKey } from '../i18n/keys.ts';

export function meaningKey(route: string, answers: Answers, nation: Nation, exists: (key: string) => boolean): ParseKeys<'routes'> {
  const keys = meaningKeys(route as RouteId, answers, nation).map((part) => routeKey(route, part));
  return keys.find((key) => exists(key)) ?? routeKey(route, 'meaning');
}
