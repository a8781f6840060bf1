import { useCallback, useEffect, useRef, useState } from 'react';

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'touchstart', 'input', 'wheel', 'scroll'] as const;
const TICK_MS = 1000;

export interface IdleState {
  /** Seconds left before the wipe while the warning shows; null when no warning. */
  secondsLeft: number | null;
  stay: () => void;
}

/**
 * Idle time is measured from the clock, not from one long timer, so a tablet that slept
 * through the time-out wipes as soon as it wakes instead of showing the last person's answers.
 */
export function useIdleTimer(options: { active: boolean; idleMs: number; countdownMs: number; onTimeout: () => void }): IdleState {
  const { active, idleMs, countdownMs, onTimeout } = options;
  const lastActivity = useRef(Date.now());
  const warning = useRef(false);
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);

  const stay = useCallback(() => {
    lastActivity.current = Date.now();
    warning.current = false;
    setSecondsLeft(null);
  }, []);

  useEffect(() => {
    if (!active) {
      warning.current = false;
      setSecondsLeft(null);
      return;
    }
    lastActivity.current = Date.now();
    const onActivity = () => {
      // While the warning shows, only "I'm still here" keeps the answers.
      if (!warning.current) lastActivity.current = Date.now();
    };
    const check = () => {
      const idleFor = Date.now() - lastActivity.current;
      if (idleFor >= idleMs + countdownMs) {
        warning.current = false;
        setSecondsLeft(null);
        onTimeout();
      } else if (idleFor >= idleMs) {
        warning.current = true;
        setSecondsLeft(Math.ceil((idleMs + countdownMs - idleFor) / 1000));
      }
    };
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, onActivity, { capture: true, passive: true });
    document.addEventListener('visibilitychange', check);
    const interval = window.setInterval(check, TICK_MS);
    return () => {
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity, { capture: true });
      document.removeEventListener('visibilitychange', check);
      window.clearInterval(interval);
    };
  }, [active, idleMs, countdownMs, onTimeout]);

  return { secondsLeft, stay };
}
