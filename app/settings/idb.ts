/**
 * A very small promise wrapper over IndexedDB: one database, a few key-value stores. Site
 * settings and anonymous counts live here on the device; nothing about a person ever does.
 */
const DB_NAME = 'waymark';
const DB_VERSION = 1;
export const STORES = ['settings', 'monitoring', 'feedback'] as const;
export type StoreName = (typeof STORES)[number];

let opening: Promise<IDBDatabase> | undefined;

function open(): Promise<IDBDatabase> {
  opening ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = () => {
      for (const store of STORES) if (!request.result.objectStoreNames.contains(store)) request.result.createObjectStore(store);
    };
    request.onsuccess = () => {
      const db = request.result;
      // A newer version of the app (an update in another tab) needs this connection closed to upgrade.
      db.onversionchange = () => {
        db.close();
        opening = undefined;
      };
      resolve(db);
    };
    request.onerror = () => {
      opening = undefined;
      reject(request.error);
    };
  });
  return opening;
}

/** Resolves when the transaction has committed (a write is on disk), not merely when the request succeeded. */
function run<T>(store: StoreName, mode: IDBTransactionMode, act: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return open().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const transaction = db.transaction(store, mode);
        const request = act(transaction.objectStore(store));
        transaction.oncomplete = () => resolve(request.result);
        transaction.onerror = () => reject(transaction.error ?? request.error);
        transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
      }),
  );
}

export const idbGet = <T>(store: StoreName, key: string) => run<T | undefined>(store, 'readonly', (s) => s.get(key));
export const idbPut = (store: StoreName, key: string, value: unknown) => run(store, 'readwrite', (s) => s.put(value, key)).then(() => undefined);
export const idbGetAll = <T>(store: StoreName) => run<T[]>(store, 'readonly', (s) => s.getAll() as IDBRequest<T[]>);
export const idbClear = (store: StoreName) => run(store, 'readwrite', (s) => s.clear()).then(() => undefined);

/** Reads, changes and writes one value in a single transaction, so two tabs cannot lose each other's update. */
export function idbUpdate<T>(store: StoreName, key: string, change: (current: T | undefined) => T): Promise<void> {
  return open().then(
    (db) =>
      new Promise<void>((resolve, reject) => {
        const transaction = db.transaction(store, 'readwrite');
        const objects = transaction.objectStore(store);
        const read = objects.get(key);
        read.onsuccess = () => objects.put(change(read.result as T | undefined), key);
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error);
        transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
      }),
  );
}

/** For tests: close and forget the open connection so a fresh fake database can be used. */
export function resetIdbForTests(): void {
  void opening?.then((db) => db.close()).catch(() => undefined);
  opening = undefined;
}
