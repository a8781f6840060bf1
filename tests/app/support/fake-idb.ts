/**
 * An in-memory IndexedDB (fake-indexeddb) for tests of site settings and monitoring: a fresh,
 * empty database before each test, and the app's cached connection forgotten.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach } from 'vitest';
import { resetIdbForTests } from '../../../app/settings/idb.ts';

export function useFakeIndexedDb(): void {
  beforeEach(() => {
    resetIdbForTests();
    globalThis.indexedDB = new IDBFactory();
  });
}
