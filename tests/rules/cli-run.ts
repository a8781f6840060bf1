/** Runs the triage command as a newcomer would (`npm run --silent triage -- FILE`), via tsx directly for speed. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

// Tests run from the project root (vitest's root).
const root = process.cwd();
const tsx = join(root, 'node_modules/.bin/tsx');

export function runCli(args: string[], stdin?: string) {
  const result = spawnSync(tsx, ['rules/cli.ts', ...args], { cwd: root, input: stdin, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
