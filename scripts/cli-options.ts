/** Command-line options shared by the rules scripts: `--today YYYY-MM-DD` and plain flags. */
import { isIsoDate } from '../rules/book/rules-check.ts';

export class UsageError extends Error {}

/** Today's date on this machine's clock, as YYYY-MM-DD in local time (the drop-in's day, not UTC's). */
function clockDate(): string {
  const now = new Date();
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
}

/** Parses `--today YYYY-MM-DD` (or `--today=...`) and the given flags; anything else is a usage error. */
export function parseOptions(argv: readonly string[], flags: readonly string[] = []): { today: string; flags: Set<string> } {
  let today = clockDate();
  const set = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--today' || arg.startsWith('--today=')) {
      const value = arg === '--today' ? argv[++i] : arg.slice('--today='.length);
      if (!value || !isIsoDate(value)) throw new UsageError(`--today needs a date as YYYY-MM-DD, got ${JSON.stringify(value ?? '')}`);
      today = value;
    } else if (flags.includes(arg)) {
      set.add(arg);
    } else {
      throw new UsageError(`unknown option ${JSON.stringify(arg)}`);
    }
  }
  return { today, flags: set };
}
