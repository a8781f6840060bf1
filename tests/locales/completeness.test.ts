// @vitest-environment node
/**
 * Every language has the same keys as English, the same {{placeholders}}, the plural forms
 * its language needs, and no empty values; its _meta.json says its direction and status.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coverage } from '../../scripts/i18n/coverage.ts';
import { languages } from '../../scripts/i18n/locale-files.ts';

const REQUIRED = ['en', 'cy', 'ar', 'fa', 'prs', 'ps', 'ckb', 'kmr', 'ti', 'am', 'so', 'ur', 'bn', 'vi', 'sq', 'tr', 'fr', 'uk', 'ru', 'ta'];
const RTL = ['ar', 'fa', 'prs', 'ps', 'ckb', 'ur'];
const rows = coverage();

describe('locales', () => {
  it('include the twenty languages', () => {
    expect(languages()).toEqual(expect.arrayContaining(REQUIRED));
  });

  it.each(rows.map((r) => [r.lng, r] as const))('%s is complete: same keys, placeholders and plural forms as English, nothing empty', (_lng, row) => {
    expect(row.problems.map((p) => `${p.ns}:${p.key} ${p.problem}`)).toEqual([]);
  });

  it.each(REQUIRED.map((lng) => [lng]))('%s has a _meta.json with endonym, direction and translation status', (lng) => {
    const meta = JSON.parse(readFileSync(`locales/${lng}/_meta.json`, 'utf8'));
    expect(meta.code).toBe(lng);
    expect(meta.endonym).toEqual(expect.any(String));
    expect(meta.dir).toBe(RTL.includes(lng) ? 'rtl' : 'ltr');
    expect(['draft', 'reviewed', 'source']).toContain(meta.status);
    if (meta.status === 'reviewed') expect(meta.review).toMatchObject({ by: expect.any(String), on: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
  });
});
