/**
 * Reads a production build (`dist/`) and measures what the performance budget is about: the
 * JavaScript a first visit must run before the first screen (the entry script of index.html and
 * everything it imports statically, which Vite lists as modulepreload), the service worker's
 * precache, and the locale chunks. Shared by `npm run bench` and tests/e2e/budget.test.ts.
 *
 * Sizes are gzip at zlib's default level (what a static host sends); 1 KB = 1024 bytes.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const KB = 1024;

/** The targets of issue 4: sizes are checked in CI (tests/e2e/budget.test.ts), scores by the bench. */
export const BUDGET = { initialJs: 120 * KB, performance: 0.95, accessibility: 1, bestPractices: 1 };

export interface ChunkSize {
  file: string;
  bytes: number;
  gzip: number;
}

export interface LocaleChunk extends ChunkSize {
  /** The locale file it holds, e.g. `locales/ar/routes.json`. */
  source: string;
}

export interface BuildStats {
  /** Entry first, then its static imports, in the order index.html lists them. */
  initial: ChunkSize[];
  initialGzip: number;
  precache: { entries: number; bytes: number; gzip: number };
  locales: LocaleChunk[];
  /** Locale files whose text is in a start-up chunk (must be none). */
  localesAtStartUp: string[];
  /** Start-up chunks that carry Zod (must be none). */
  zodAtStartUp: string[];
}

const gzipSize = (data: Buffer | string): number => gzipSync(data).length;

function sizeOf(dist: string, file: string): ChunkSize {
  const data = readFileSync(join(dist, file));
  return { file, bytes: data.length, gzip: gzipSize(data) };
}

/** `/assets/x.js` (from index.html) or `./x.js` (from a chunk) as a path inside dist/. */
const inDist = (from: string, ref: string): string => join(from, ref).replace(/^\/+/, '');

/** The entry script and the modulepreloads of index.html, then any static import they make. */
export function startUpChunks(dist: string): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entry = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
  const preloads = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  const queue = [...entry, ...preloads].map((ref) => inDist('/', ref));
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    const dir = file.slice(0, file.lastIndexOf('/') + 1);
    // Static `import ... from "./x.js"` / `import "./x.js"` / `export ... from`; not `import("./x.js")`.
    for (const match of code.matchAll(/\b(?:import|export)\s*(?:[^"'`();]*?\bfrom\s*)?["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)) {
      queue.push(inDist(dir, match[1]!));
    }
  }
  return [...seen];
}

/** The URLs in sw.js's precache manifest. */
export function precacheUrls(dist: string): string[] {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  return [...sw.matchAll(/\{\s*url:\s*"([^"]+)"\s*,\s*revision:/g)].map((m) => m[1]!);
}

const LOCALE_FILE = /^(common|questions|routes|directory|glossary)\.json$/;

/** Every locale text file, with a few of its longest strings to recognise it in a chunk. */
export function localeFingerprints(root = ROOT): Map<string, string[]> {
  const result = new Map<string, string[]>();
  const localesDir = join(root, 'locales');
  for (const lng of readdirSync(localesDir)) {
    if (!statSync(join(localesDir, lng)).isDirectory()) continue;
    for (const file of readdirSync(join(localesDir, lng))) {
      if (!LOCALE_FILE.test(file)) continue;
      const strings: string[] = [];
      const collect = (value: unknown): void => {
        if (typeof value === 'string') {
          // Strings a bundler writes unchanged inside a string literal.
          if (value.length >= 30 && !/["'`\\$\n]/.test(value)) strings.push(value);
        } else if (value && typeof value === 'object') Object.values(value).forEach(collect);
      };
      collect(JSON.parse(readFileSync(join(localesDir, lng, file), 'utf8')));
      const longest = strings.sort((a, b) => b.length - a.length).slice(0, 3);
      if (longest.length > 0) result.set(`locales/${lng}/${file}`, longest);
    }
  }
  return result;
}

const ZOD = /\$Zod(?:Type|Error)\b/;

function jsFiles(dist: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.js')) files.push(relative(dist, path));
    }
  };
  walk(join(dist, 'assets'));
  return files;
}

export function readBuild(dist = join(ROOT, 'dist')): BuildStats {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist} has no index.html: run \`vite build\` first`);
  const initial = startUpChunks(dist).map((file) => sizeOf(dist, file));
  const code = new Map(jsFiles(dist).map((file) => [file, readFileSync(join(dist, file), 'utf8')]));
  const fingerprints = localeFingerprints();

  const locales: LocaleChunk[] = [];
  const localesAtStartUp = new Set<string>();
  const startUp = new Set(initial.map((c) => c.file));
  for (const [source, prints] of fingerprints) {
    for (const [file, text] of code) {
      if (!prints.some((p) => text.includes(p))) continue;
      if (startUp.has(file)) localesAtStartUp.add(source);
      else locales.push({ source, ...sizeOf(dist, file) });
    }
  }

  const urls = precacheUrls(dist);
  const precached = urls.map((url) => readFileSync(join(dist, url)));
  return {
    initial,
    initialGzip: initial.reduce((sum, c) => sum + c.gzip, 0),
    precache: {
      entries: urls.length,
      bytes: precached.reduce((sum, data) => sum + data.length, 0),
      gzip: precached.reduce((sum, data) => sum + gzipSize(data), 0),
    },
    locales: locales.sort((a, b) => b.gzip - a.gzip),
    localesAtStartUp: [...localesAtStartUp].sort(),
    zodAtStartUp: initial.filter((c) => ZOD.test(code.get(c.file) ?? '')).map((c) => c.file),
  };
}

export const kb = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`;
