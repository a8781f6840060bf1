import { createContext, useContext } from 'react';

/** Opens "How Waymark decides" from the outcome; null where there is no outcome to return to. */
export const OpenRulesBookContext = createContext<(() => void) | null>(null);

export const useOpenRulesBook = () => useContext(OpenRulesBookContext);
