/**
 * Reading locale files in Node (scripts and tests): flattening nested JSON to keys, the
 * placeholders of a string, and the plural forms each language needs.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const LOCALES_DIR = 'locales';
export const NAMESPACES = ['common', 'questions', 'routes', 'directory', 'glossary'] as const;
export type Namespace = (typeof NAMESPACES)[number];
export type Flat = Map<string, string>;

export function languages(): string[] {
  return readdirSync(LOCALES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(LOCALES_DIR, d.name, '_meta.json')))
    .map((d) => d.name)
    .sort();
}

export function readNamespace(lng: string, ns: Namespace): Record<string, unknown> | undefined {
  const file = join(LOCALES_DIR, lng, `${ns}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : undefined;
}

/** `{ a: { b: "x" } }` -> `a.b` => "x". Non-string leaves are kept as their JSON text so they are caught. */
export function flatten(tree: Record<string, unknown>, prefix = ''): Flat {
  const flat: Flat = new Map();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of flatten(value as Record<string, unknown>, path)) flat.set(k, v);
    } else flat.set(path, typeof value === 'string' ? value : JSON.stringify(value));
  }
  return flat;
}

export function unflatten(flat: Flat): Record<string, unknown> {
  const tree: Record<string, unknown> = {};
  for (const [path, value] of flat) {
    const parts = path.split('.');
    let node = tree;
    for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
    node[parts[parts.length - 1]!] = value;
  }
  return tree;
}

export function placeholders(text: string): string {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort().join(',');
}

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** The plural categories a language needs (CLDR via Intl); ['other'] where Intl does not know it. */
export function pluralCategories(lng: string): string[] {
  try {
    return new Intl.PluralRules(lng).resolvedOptions().pluralCategories as string[];
  } catch {
    return ['other'];
  }
}

/**
 * The keys a language must have, given English: plural keys (`x_one`, `x_other`) expand to
 * the language's own categories; everything else is the same key.
 */
export function expectedKeys(english: Flat, lng: string): Map<string, string> {
  const expected = new Map<string, string>();
  for (const [key, text] of english) {
    const plural = PLURAL.exec(key);
    if (!plural) expected.set(key, text);
    else for (const category of pluralCategories(lng)) expected.set(key.replace(PLURAL, `_${category}`), english.get(key.replace(PLURAL, '_other')) ?? text);
  }
  return expected;
}

export interface Problem {
  lng: string;
  ns: string;
  key: string;
  problem: 'missing' | 'extra' | 'empty' | 'placeholders';
}

/** Every difference between a language's namespace and what English requires. */
export function compareNamespace(lng: string, ns: string, english: Flat, translated: Flat): Problem[] {
  const problems: Problem[] = [];
  const expected = expectedKeys(english, lng);
  for (const [key, source] of expected) {
    const text = translated.get(key);
    if (text === undefined) problems.push({ lng, ns, key, problem: 'missing' });
    else if (!text.trim()) problems.push({ lng, ns, key, problem: 'empty' });
    else if (placeholders(text) !== placeholders(source)) problems.push({ lng, ns, key, problem: 'placeholders' });
  }
  for (const key of translated.keys()) if (!expected.has(key)) problems.push({ lng, ns, key, problem: 'extra' });
  return problems;
}
