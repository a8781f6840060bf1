// @vitest-environment node
/** The translators' round trip: export to CSV, import back; bad files are refused whole. */
import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../../scripts/i18n/csv.ts';
import { exportRows } from '../../scripts/i18n/export.ts';
import { checkImport } from '../../scripts/i18n/import.ts';

const LNG = 'fr';

describe('i18n export and import', () => {
  it('CSV survives commas, quotes and newlines', () => {
    const rows = [['a', 'say "hi", then\nwait', 'ع']];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });

  it('an exported file imports back with no problems', () => {
    const { problems, lng } = checkImport(toCsv(exportRows(LNG)));
    expect(lng).toBe(LNG);
    expect(problems).toEqual([]);
  });

  it('lists every problem with its key and applies nothing', () => {
    const rows = exportRows(LNG);
    const withPlaceholder = rows.findIndex((r) => /\{\{\w+\}\}/.test(r[2]!));
    const broken = rows.map((r) => [...r]);
    broken[withPlaceholder]![3] = 'sans espace réservé';
    broken[1]![3] = '';
    const dropped = broken.splice(2, 1)[0]!;
    broken.push(['common:not.a.key', '', '', 'x']);
    const { problems } = checkImport(toCsv(broken));
    expect(problems).toEqual(
      expect.arrayContaining([
        `${rows[withPlaceholder]![0]}: placeholders differ from English`,
        `${rows[1]![0]}: empty`,
        `${dropped[0]}: missing from the file`,
        'common:not.a.key: not a key in English',
      ]),
    );
  });

  it('refuses a file whose header does not name a language', () => {
    expect(checkImport('key,context,english,text\n').problems[0]).toMatch(/header/);
  });
});
