/**
 * Keys built from rules ids. The id part cannot be checked by the type system, so
 * tests/app/locale-keys.test.ts checks that English has every one of them.
 */
import type { ParseKeys } from 'i18next';
import type { Nation, QuestionId, RouteGroup } from '../../rules/index.ts';

type QuestionPart = 'text' | 'label' | 'why' | 'hint' | 'private';

export const questionKey = (question: QuestionId, part: QuestionPart) => `${question}.${part}` as ParseKeys<'questions'>;
export const optionKey = (question: QuestionId, option: string) => `${question}.options.${option}` as ParseKeys<'questions'>;
export const nationKey = (nation: Nation) => `q_nation.options.${nation}` as const;

export const routeKey = (route: string, part: string) => `${route}.${part}` as ParseKeys<'routes'>;
export const directoryKey = (org: string, part: 'what' | 'hours') => `${org}.${part}` as ParseKeys<'directory'>;

export const groupKey = (group: RouteGroup) => `outcome.groups.${group}` as const;
export const flagKey = (flag: string) => `flags.${flag}` as ParseKeys<'common'>;

export const glossaryKey = (term: string, part: 'term' | 'meaning') => `terms.${term}.${part}` as ParseKeys<'glossary'>;
