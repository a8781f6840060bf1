import { useEffect } from 'react';

/** Escape pressed three times within this window is a quick exit. */
export const TRIPLE_ESCAPE_WINDOW_MS = 2000;

/** Calls `onTriple` when Escape is pressed three times within TRIPLE_ESCAPE_WINDOW_MS. */
export function useTripleEscape(onTriple: () => void): void {
  useEffect(() => {
    let presses: number[] = [];
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      const now = Date.now();
      presses = [...presses.filter((at) => now - at < TRIPLE_ESCAPE_WINDOW_MS), now];
      if (presses.length >= 3) {
        presses = [];
        onTriple();
      }
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [onTriple]);
}
