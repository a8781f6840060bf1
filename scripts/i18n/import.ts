/**
 * `npm run i18n:import -- FILE`: validates a translator's CSV and writes it back to
 * locales/<lng>/. Every problem is listed with its key; nothing is written unless the whole
 * file is valid (same keys as English, same placeholders, no empty strings).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from './csv.ts';
import { LOCALES_DIR, NAMESPACES, compareNamespace, flatten, languages, readNamespace, unflatten, type Flat } from './locale-files.ts';

export interface ImportResult {
  lng?: string;
  problems: string[];
  files: Map<string, Flat>;
}

export function checkImport(csv: string): ImportResult {
  const [header, ...rows] = parseCsv(csv).filter((r) => r.some((f) => f.trim() !== ''));
  const lng = /^text:([\w-]+)$/.exec(header?.[3] ?? '')?.[1];
  const problems: string[] = [];
  const files = new Map<string, Flat>(NAMESPACES.map((ns) => [ns, new Map()]));
  if (!lng || !languages().includes(lng) || lng === 'en') {
    return { problems: [`header: the fourth column must be "text:LNG" for a known language other than en (got "${header?.[3] ?? ''}")`], files };
  }
  rows.forEach((row, i) => {
    const [id = '', , , text = ''] = row;
    const [ns, key] = [id.slice(0, id.indexOf(':')), id.slice(id.indexOf(':') + 1)];
    if (!files.has(ns) || !key) problems.push(`row ${i + 2}: "${id}" is not a namespace:key of this project`);
    else if (files.get(ns)!.has(key)) problems.push(`${id}: appears twice`);
    else files.get(ns)!.set(key, text);
  });
  for (const ns of NAMESPACES) {
    const english = flatten(readNamespace('en', ns) ?? {});
    for (const p of compareNamespace(lng, ns, english, files.get(ns)!)) {
      const why = { missing: 'missing from the file', extra: 'not a key in English', empty: 'empty', placeholders: 'placeholders differ from English' }[p.problem];
      problems.push(`${ns}:${p.key}: ${why}`);
    }
  }
  return { lng, problems, files };
}

if (process.argv[1]?.endsWith('import.ts')) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: npm run i18n:import -- FILE.csv');
    process.exit(2);
  }
  const { lng, problems, files } = checkImport(readFileSync(file, 'utf8'));
  if (problems.length) {
    console.error(`${file}: ${problems.length} problem(s); nothing was written:`);
    for (const p of problems) console.error(`  ${p}`);
    process.exit(1);
  }
  for (const [ns, flat] of files) writeFileSync(join(LOCALES_DIR, lng!, `${ns}.json`), `${JSON.stringify(unflatten(flat), null, 2)}\n`);
  console.log(`${file}: imported ${[...files.values()].reduce((n, f) => n + f.size, 0)} strings into locales/${lng}/`);
}
