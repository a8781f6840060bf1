/** The app's layering and privacy rules, checked on the source. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const APP = join(import.meta.dirname, '../../app');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const SOURCES = files(APP).filter((f) => /\.(ts|tsx)$/.test(f));
const read = (f: string) => readFileSync(f, 'utf8');

describe('app/', () => {
  it('imports from rules/ only through rules/index.ts', () => {
    const bad = SOURCES.filter((f) => [...read(f).matchAll(/from '([^']*rules\/[^']*)'/g)].some((m) => !m[1]!.endsWith('rules/index.ts')));
    expect(bad.map((f) => relative(APP, f))).toEqual([]);
  });

  it('makes no network request of its own', () => {
    const bad = SOURCES.filter((f) => /\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource/.test(read(f)));
    expect(bad.map((f) => relative(APP, f))).toEqual([]);
  });

  it('has no barrel files and only kebab-case file names', () => {
    const names = files(APP).map((f) => relative(APP, f));
    expect(names.filter((n) => /(^|\/)index\.tsx?$/.test(n))).toEqual([]);
    expect(names.filter((n) => !/^[a-z0-9/.-]+$/.test(n))).toEqual([]);
  });

  it('keeps files small', () => {
    expect(SOURCES.filter((f) => read(f).split('\n').length > 200).map((f) => relative(APP, f))).toEqual([]);
  });

  it('writes no legal citation or date into a component', () => {
    const citation = /\b(Act \d{4}|s\d{1,3}[A-Z]?\b|Sch(edule)? \d|para \d|\d{4}-\d{2}-\d{2})/;
    const bad = SOURCES.filter((f) => f.endsWith('.tsx') && citation.test(read(f)));
    expect(bad.map((f) => relative(APP, f))).toEqual([]);
  });
});
