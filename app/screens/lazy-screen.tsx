/**
 * A screen in its own chunk, loaded ahead of need. React's `use` reads a promise that carries
 * its own result without suspending, so once preloaded the screen shows at once; only if it is
 * reached before its chunk arrives does the loading screen show for that moment.
 */
import { Suspense, use, type ComponentType } from 'react';
import { LoadingScreen } from './loading-screen.tsx';

export interface LazyScreen {
  Screen: ComponentType;
  preload(): Promise<ComponentType>;
}

export function lazyScreen(load: () => Promise<ComponentType>): LazyScreen {
  let loading: Promise<ComponentType> | undefined;
  const preload = (): Promise<ComponentType> => {
    if (!loading) {
      // The fields React's `use` reads (status, value, reason) are kept on the promise itself.
      const promise = Object.assign(load(), { status: 'pending' });
      promise.then(
        (value) => Object.assign(promise, { status: 'fulfilled', value }),
        (reason: unknown) => {
          Object.assign(promise, { status: 'rejected', reason });
          // A failed fetch (offline before the service worker was installed) is tried again
          // when the crash screen's "Try again" renders the screen anew.
          loading = undefined;
        },
      );
      loading = promise;
    }
    return loading;
  };
  function Loaded() {
    const Component = use(preload());
    return <Component />;
  }
  function Screen() {
    return (
      <Suspense fallback={<LoadingScreen />}>
        <Loaded />
      </Suspense>
    );
  }
  return { Screen, preload };
}
