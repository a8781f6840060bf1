/**
 * The `triage` command of CONTRACT.md:
 *   npm run --silent triage -- FILE      (FILE may be - for standard input)
 * FILE holds one answers object, or an array of { id, answers }. Each case is driven through
 * the journey machine, as the app does, and its outcome printed as JSON. Any bad input: exit
 * status 2, one line on standard error naming the case and the problem, nothing on standard output.
 */
import { readFileSync } from 'node:fs';
import { runTriage, TriageInputError } from './triage.ts';

function main(argv: string[]): number {
  const file = argv[0];
  if (!file || argv.length > 1) {
    process.stderr.write('usage: npm run --silent triage -- FILE  (FILE is a JSON answers file, or - for standard input)\n');
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    process.stderr.write(`triage: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
    return 2;
  }
  try {
    process.stdout.write(`${JSON.stringify(runTriage(text), null, 2)}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof TriageInputError)) throw error;
    process.stderr.write(`triage: ${file === '-' ? 'stdin' : file}: ${error.message}\n`);
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
