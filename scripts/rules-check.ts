/**
 * `npm run rules:check [-- --today YYYY-MM-DD] [--strict]`: what needs a human look (stale
 * directory entries, sources no longer in force, routes on M or L points). A report, so it
 * exits 0; with --strict it exits 1 when anything is listed, for a release gate.
 */
import { checkRules, findingsCount, renderFindingsTable } from '../rules/book/rules-check.ts';
import { parseOptions, UsageError } from './cli-options.ts';

function main(argv: string[]): number {
  try {
    const { today, flags } = parseOptions(argv, ['--strict']);
    const findings = checkRules(today);
    process.stdout.write(renderFindingsTable(findings));
    return flags.has('--strict') && findingsCount(findings) > 0 ? 1 : 0;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`rules:check: ${error.message}\nusage: npm run rules:check -- [--today YYYY-MM-DD] [--strict]\n`);
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
