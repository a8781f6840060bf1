import { SESSION_KEY } from '../../../app/journey/session-store.ts';

export const savedSession = (): unknown => {
  const text = window.sessionStorage.getItem(SESSION_KEY);
  return text === null ? null : JSON.parse(text);
};

export function everythingStored(): string {
  const all: string[] = [];
  for (const store of [window.sessionStorage, window.localStorage]) {
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i)!;
      all.push(`${key}=${store.getItem(key)}`);
    }
  }
  return all.join('\n');
}
