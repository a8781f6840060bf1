/**
 * `npm run i18n:export -- LNG [--out FILE]`: a spreadsheet-friendly CSV for a translator:
 * namespace:key, context, English, current text. Send it out; bring it back with i18n:import.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { toCsv } from './csv.ts';
import { NAMESPACES, expectedKeys, flatten, languages, readNamespace } from './locale-files.ts';

/** What a translator needs to know about a key, from where it sits. */
export function contextOf(ns: string, key: string): string {
  if (ns === 'questions') {
    if (key.endsWith('.text')) return 'A question, shown as the page heading and read aloud by the interpreter';
    if (key.includes('.options.')) return 'An answer the person can choose';
    if (key.endsWith('.why')) return 'Why we ask: for the worker, with the legal reason (keep Act names in English)';
    if (key.endsWith('.private')) return 'Guidance to ask this privately and safely';
    return 'Question help text';
  }
  if (ns === 'routes') {
    if (key.endsWith('.title')) return 'Heading of a route to support';
    if (key.includes('.meaning')) return 'Plain meaning of a route, shown to the worker and the person (never promise entitlement)';
    if (key.endsWith('.whoActs')) return 'Who acts on this route';
  }
  if (ns === 'directory') return 'What an organisation does (keep its name in English)';
  if (ns === 'glossary') return 'A term that matters, with a plain explanation';
  return 'Screen text';
}

export function exportRows(lng: string): string[][] {
  const rows = [['key', 'context', 'english', `text:${lng}`]];
  for (const ns of NAMESPACES) {
    const english = flatten(readNamespace('en', ns) ?? {});
    const current = flatten(readNamespace(lng, ns) ?? {});
    for (const [key, source] of expectedKeys(english, lng)) rows.push([`${ns}:${key}`, contextOf(ns, key), source, current.get(key) ?? '']);
  }
  return rows;
}

if (process.argv[1]?.endsWith('export.ts')) {
  const [lng, flag, out] = process.argv.slice(2);
  if (!lng || !languages().includes(lng)) {
    console.error(`usage: npm run i18n:export -- LNG [--out FILE]   (LNG one of: ${languages().join(' ')})`);
    process.exit(2);
  }
  const file = flag === '--out' && out ? out : `i18n-export/${lng}.csv`;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, toCsv(exportRows(lng)));
  console.log(`wrote ${file}`);
}
