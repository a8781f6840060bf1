// @vitest-environment node
/** The triage command's contract for good and bad input (CONTRACT.md, "The command line"). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli-run.ts';

const GOOD = {
  q_nation: 'england', q_danger: 'no', q_age: '25plus', q_status: 'asylum_pending', q_ho_support: 'none',
  q_destitute: 'yes', q_children: 'none', q_pregnant: 'no', q_care_need: [], q_mha: 'no', q_council_refused: 'no', q_flags: [],
};

function file(content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'triage-')), 'answers.json');
  writeFileSync(path, content);
  return path;
}

describe('triage: good input', () => {
  it('prints one outcome for one answers object in a file', () => {
    const { status, stdout } = runCli([file(JSON.stringify(GOOD))]);
    expect(status).toBe(0);
    const outcome = JSON.parse(stdout);
    expect(Object.keys(outcome).sort()).toEqual(['flags', 'nation', 'routes', 'rulesVersion', 'signposts']);
    expect(outcome.routes).toEqual(expect.arrayContaining(['home-office-s95', 'home-office-s98', 'oisc-adviser']));
  });

  it('ignores answers to questions the journey does not ask', () => {
    const { status, stdout } = runCli(['-'], JSON.stringify({ ...GOOD, q_with: 'alone', q_visa_kind: 'nonsense' }));
    expect(status).toBe(0);
    expect(JSON.parse(stdout).routes).not.toContain('children-s20-accommodation');
  });
});

describe('triage: bad input gets exit status 2, one line naming the case and the problem, nothing on stdout', () => {
  it.each([
    ['malformed JSON, with its position', '{"q_nation": "england",, }', /malformed JSON at line 1, column 24 \(position 23\)/],
    ['malformed JSON on a later line', '[\n {"id": "A", "answers": {]\n]', /malformed JSON at line 2, column 26 \(position 27\)/],
    ['an unknown question id', JSON.stringify([{ id: 'C7', answers: { ...GOOD, q_favourite: 'x' } }]), /case C7: unknown question id "q_favourite"/],
    ['an answer that is not an option', JSON.stringify([{ id: 'C8', answers: { ...GOOD, q_status: 'asylum_maybe' } }]), /case C8: "asylum_maybe" is not an option of q_status/],
    ['a multi-choice answer that is not an array of options', JSON.stringify({ ...GOOD, q_flags: 'torture' }), /"torture" is not an option of q_flags/],
    ['a missing answer to a question the journey asks', JSON.stringify([{ id: 'ok', answers: GOOD }, { id: 'C9', answers: { ...GOOD, q_ho_support: undefined } }]), /case C9: no answer for q_ho_support, which the journey asks/],
    ['a case without answers', JSON.stringify([{ id: 'C10' }]), /case C10: expected \{ "id": string, "answers": object \}/],
    ['neither an object nor an array', '"hello"', /expected an answers object or an array/],
  ])('%s', (_label, content, message) => {
    const { status, stdout, stderr } = runCli(['-'], content);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  });

  it('a file that does not exist', () => {
    const { status, stdout, stderr } = runCli(['/nonexistent/answers.json']);
    expect([status, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(/cannot read \/nonexistent\/answers.json: ENOENT/);
  });
});
