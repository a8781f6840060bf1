/**
 * The pseudo-locale's text: English, accented, in brackets and about 40% longer (as German
 * or Tigrinya often are), with `{{placeholders}}` and `$t()` nesting left intact. Loaded
 * only when a pseudo-locale is asked for, in development.
 */
const ACCENTED: Record<string, string> = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ď', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'í', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ɱ',
  n: 'ñ', o: 'ö', p: 'þ', q: 'ʠ', r: 'ŕ', s: 'š', t: 'ţ', u: 'ü', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Å', B: 'Ɓ', C: 'Ç', D: 'Ď', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Í', J: 'Ĵ', K: 'Ķ', L: 'Ļ', M: 'Ṁ',
  N: 'Ñ', O: 'Ö', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Ü', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};

/** Text that must stay as it is: i18next placeholders and nesting. */
const KEEP = /(\{\{[^}]*\}\}|\$t\([^)]*\))/;

export function pseudoText(text: string): string {
  const body = text
    .split(KEEP)
    .map((part) => (KEEP.test(part) ? part : [...part].map((ch) => ACCENTED[ch] ?? ch).join('')))
    .join('');
  const padding = '~'.repeat(Math.max(2, Math.round(text.length * 0.4)));
  return `⟦${body} ${padding}⟧`;
}

/** A whole namespace, deeply. */
export function pseudoResource<T>(tree: T): T {
  if (typeof tree === 'string') return pseudoText(tree) as T;
  if (tree && typeof tree === 'object') {
    return Object.fromEntries(Object.entries(tree).map(([key, value]) => [key, pseudoResource(value)])) as T;
  }
  return tree;
}
