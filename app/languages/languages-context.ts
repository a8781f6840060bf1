import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';

/** The two languages of a session: the worker's (the page's) and the client's (interpreter view). */
export interface Languages {
  /** The worker's language: the page, `<html lang dir>`, every control. */
  worker: string;
  /** The client's language as chosen, or null. */
  chosenClient: string | null;
  /** The client's language when it differs from the worker's: the interpreter view is on. */
  client: string | null;
  /** Loads the language first, so the screen never suspends and loses a half-made choice. */
  setWorker(lng: string): Promise<void>;
  setClient(lng: string | null): Promise<void>;
}

export const LanguagesContext = createContext<Languages | null>(null);

const noop = async () => undefined;

/** Outside a LanguagesProvider (a component rendered alone in a test) there is no client language. */
export function useLanguages(): Languages {
  const context = useContext(LanguagesContext);
  const { i18n } = useTranslation();
  return context ?? { worker: i18n.language, chosenClient: null, client: null, setWorker: noop, setClient: noop };
}
