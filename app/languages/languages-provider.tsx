import { useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { JourneyContext } from '../journey/journey-context.ts';
import { LanguagesContext, type Languages } from './languages-context.ts';
import { saveLanguages, sessionStorageOrNone } from './saved-languages.ts';

interface Props {
  children: ReactNode;
  /** The client's language at start (URL `clientLng`, or this tab's saved choice). */
  initialClient: string | null;
  storage?: Storage;
}

/**
 * Holds the client's language beside i18next's worker language. The client's language
 * belongs to the person being helped, so every wipe (Finish, Quick exit, idle) forgets it;
 * the worker's language stays for the next person.
 */
export function LanguagesProvider({ children, initialClient, storage = sessionStorageOrNone() }: Props) {
  const { i18n } = useTranslation();
  const generation = useContext(JourneyContext)?.generation ?? 0;
  const [choice, setChoice] = useState({ lng: initialClient, generation });
  const chosenClient = choice.generation === generation ? choice.lng : null;
  const worker = i18n.language;

  const setWorker = useCallback(
    async (lng: string) => {
      // Load first: changing to a language not yet loaded would suspend the screen.
      await i18n.loadLanguages(lng);
      await i18n.changeLanguage(lng);
      saveLanguages(storage, { worker: lng, client: chosenClient });
    },
    [i18n, storage, chosenClient],
  );

  const setClient = useCallback(
    async (lng: string | null) => {
      if (lng) await i18n.loadLanguages(lng);
      setChoice({ lng, generation });
      saveLanguages(storage, { worker: i18n.language, client: lng });
    },
    [i18n, storage, generation],
  );

  const value = useMemo<Languages>(
    () => ({ worker, chosenClient, client: chosenClient && chosenClient !== worker ? chosenClient : null, setWorker, setClient }),
    [worker, chosenClient, setWorker, setClient],
  );
  return <LanguagesContext.Provider value={value}>{children}</LanguagesContext.Provider>;
}
