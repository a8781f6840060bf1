import { createContext, useContext } from 'react';

/** The staff area's pages: site settings (with its contact editor) and the monitoring counts. */
export type StaffView = 'settings' | 'monitoring';

/** Opens a staff page from the start screen; null outside the gate (nothing to open). */
export const StaffViewContext = createContext<((view: StaffView) => void) | null>(null);

export const useOpenStaffView = () => useContext(StaffViewContext);
