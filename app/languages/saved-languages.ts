/**
 * The languages chosen in this tab, kept in sessionStorage so a reload mid-journey keeps the
 * interpreter view. Wiped with everything else at Finish, Quick exit and idle time-out
 * (session-store's clearSession clears the whole of sessionStorage).
 */
import { isKnownLanguage } from './language-meta.ts';

export const LANGUAGES_KEY = 'waymark.languages';

export function sessionStorageOrNone(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

export interface ChosenLanguages {
  worker: string | null;
  client: string | null;
}

/** The choice saved in this tab, or null when none was made (or it cannot be read). */
export function readSavedLanguages(storage: Storage | undefined): ChosenLanguages | null {
  try {
    const data: unknown = JSON.parse(storage?.getItem(LANGUAGES_KEY) ?? 'null');
    if (!data || typeof data !== 'object') return null;
    const { worker, client } = data as Record<string, unknown>;
    return {
      worker: typeof worker === 'string' && isKnownLanguage(worker) ? worker : null,
      client: typeof client === 'string' && isKnownLanguage(client) ? client : null,
    };
  } catch {
    return null;
  }
}

export function saveLanguages(storage: Storage | undefined, chosen: ChosenLanguages): void {
  try {
    storage?.setItem(LANGUAGES_KEY, JSON.stringify(chosen));
  } catch {
    // Blocked storage: the choice lasts until a reload.
  }
}

/**
 * Which languages to start with. A choice made in this tab wins (it is newer than the link
 * that opened it); then the URL's `?lng=` and `&clientLng=` (CONTRACT.md); then the site's
 * default worker language; then English.
 */
export function bootLanguages(
  saved: ChosenLanguages | null,
  url: { lng: string | null; clientLng: string | null },
  siteWorker?: string | null,
): { worker: string; client: string | null } {
  const worker = [saved?.worker, url.lng, siteWorker].find(isKnownLanguage) ?? 'en';
  // A saved "no client language" is a choice too: it is not overruled by the link.
  const client = saved ? saved.client : isKnownLanguage(url.clientLng) ? url.clientLng : null;
  return { worker, client };
}
