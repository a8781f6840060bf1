import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { screenOf, type JourneySnapshot } from '../../rules/index.ts';
import { bootJourney, type BootedJourney } from './boot-journey.ts';
import { resumeCarried } from './carried-answers.ts';
import { JourneyContext, type JourneyController } from './journey-context.ts';
import { clearSession, forgetSession, writeSession } from './session-store.ts';

interface Props {
  children: ReactNode;
  /** Defaults to window.sessionStorage; tests may pass their own. */
  storage?: Storage;
  /** A journey already booted (tests); otherwise one is restored from storage. */
  booted?: BootedJourney;
}

const sessionStorageOrNone = (): Storage | undefined => {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
};

export function JourneyProvider({ children, storage = sessionStorageOrNone(), booted }: Props) {
  const [{ actor, notice: bootNotice, carried: bootCarried }] = useState(() => booted ?? bootJourney(storage));
  const carried = useRef(bootCarried);
  const [notice, setNotice] = useState(bootNotice);
  const [exited, setExited] = useState(false);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const save = (snapshot: JourneySnapshot) => {
      const screen = screenOf(snapshot);
      // The start screen holds nothing about the person (the nation is a site setting).
      if (screen === 'start') forgetSession(storage);
      else writeSession(storage, { ...carried.current, ...snapshot.context.answers }, screen);
      // After the actor's own notifications, so the replay can step it.
      if (carried.current) queueMicrotask(() => carried.current && (carried.current = resumeCarried(actor, carried.current)));
    };
    // A restored session is saved again at once, under this rules version.
    save(actor.getSnapshot());
    const subscription = actor.subscribe(save);
    return () => subscription.unsubscribe();
  }, [actor, storage]);

  const wipeAll = useCallback(() => {
    carried.current = undefined;
    clearSession(storage);
    actor.send({ type: 'RESTART' });
    setNotice(null);
    setGeneration((g) => g + 1);
  }, [actor, storage]);

  const controller = useMemo<JourneyController>(
    () => ({
      actor,
      exited,
      generation,
      notice,
      dismissNotice: () => setNotice(null),
      wipe: wipeAll,
      quickExit: () => {
        wipeAll();
        setExited(true);
      },
      leaveExit: () => setExited(false),
    }),
    [actor, exited, generation, notice, wipeAll],
  );

  return <JourneyContext.Provider value={controller}>{children}</JourneyContext.Provider>;
}
