/**
 * The site settings file (export/import between tablets), checked with Zod. Only ever loaded
 * with a dynamic `import()` (when a coordinator saves or imports), so Zod never ships in the
 * start-up bundle. Every problem comes back with its field path and a code the staff screens
 * turn into plain words (locales: `settingsArea.problem.<code>`); nothing is applied unless
 * the whole file is valid.
 */
import { z } from 'zod';
import { DIRECTORY, NATIONS, ROUTE_IDS } from '../../rules/index.ts';
import { IDLE_MINUTES_MAX, IDLE_MINUTES_MIN, MAX_LOCAL_CONTACTS, MAX_TEXT_LENGTH } from './site-settings.ts';
import { FILE_FORMAT } from './settings-file.ts';
import { PROBLEM_CODES, type Problem, type ProblemCode } from './settings-problems.ts';

// The app's Content-Security-Policy forbids eval: without this, Zod probes `new Function` and
// the browser reports a violation (the probe's error is caught, but the report is not).
z.config({ jitless: true });

const PER_SITE_SLOTS = DIRECTORY.filter((o) => o.perSite).map((o) => o.id) as [string, ...string[]];
const DIRECTORY_IDS = new Set(DIRECTORY.map((o) => o.id));

/** Zod's own message for a missing field is "required"; for a wrong type, the given code. */
const missingOr = (code: ProblemCode) => (issue: { input?: unknown }) => (issue.input === undefined ? 'required' : code);

// `abort`: an empty field is reported once, as empty, not also as a bad phone number.
const text = z
  .string({ error: missingOr('text') })
  .trim()
  .min(1, { error: 'empty', abort: true })
  .max(MAX_TEXT_LENGTH, { error: 'too-long' });
const phone = z
  .string({ error: missingOr('text') })
  .trim()
  .min(1, { error: 'empty', abort: true })
  .regex(/^\+?[\d ()-]{3,20}$/, { error: 'phone' });

export const LocalContactSchema = z.strictObject(
  {
    id: z
      .string({ error: missingOr('contact-id') })
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'contact-id' })
      .refine((id) => !DIRECTORY_IDS.has(id), { error: 'id-taken' }),
    name: text,
    phone: phone.optional(),
    web: z.url({ protocol: /^https$/, hostname: z.regexes.domain, error: 'https' }).optional(),
    slot: z.enum(PER_SITE_SLOTS, { error: 'slot' }).optional(),
    routes: z
      .array(z.enum(ROUTE_IDS, { error: 'route' }), { error: missingOr('list') })
      .min(1, { error: 'routes-empty' }),
  },
  { error: missingOr('object') },
);

export function siteSettingsSchema(languages: readonly string[]) {
  const idle = z
    .number({ error: missingOr('idle-minutes') })
    .int({ error: 'idle-minutes' })
    .min(IDLE_MINUTES_MIN, { error: 'idle-minutes' })
    .max(IDLE_MINUTES_MAX, { error: 'idle-minutes' });
  return z.strictObject(
    {
      format: z.literal(FILE_FORMAT, { error: 'wrong-format' }),
      version: z.literal(1, { error: 'wrong-version' }),
      organisationName: text.optional(),
      nation: z.enum(NATIONS, { error: missingOr('nation') }),
      workerLanguage: z.enum(languages as [string, ...string[]], { error: missingOr('language') }),
      idleMinutes: idle,
      safeguardingLead: z.strictObject({ name: text, phone }, { error: missingOr('object') }).optional(),
      localContacts: z
        .array(LocalContactSchema, { error: missingOr('list') })
        .max(MAX_LOCAL_CONTACTS, { error: 'too-many' }),
      monitoringEnabled: z.boolean({ error: missingOr('boolean') }),
    },
    { error: missingOr('object') },
  );
}

export type SiteSettingsFile = z.infer<ReturnType<typeof siteSettingsSchema>>;

/** "localContacts[1].phone" from Zod's path. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part)), '');
}

const isCode = (message: string): message is ProblemCode => (PROBLEM_CODES as readonly string[]).includes(message);

function problemsOf(error: z.ZodError): Problem[] {
  return error.issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => ({ path: fieldPath([...issue.path, key]), code: 'unknown-field' }));
    const code = isCode(issue.message) ? issue.message : 'invalid';
    const limits =
      code === 'too-long' || code === 'too-many'
        ? { max: code === 'too-long' ? MAX_TEXT_LENGTH : MAX_LOCAL_CONTACTS }
        : code === 'idle-minutes'
          ? { min: IDLE_MINUTES_MIN, max: IDLE_MINUTES_MAX }
          : {};
    return [{ path: fieldPath(issue.path), code, ...limits }];
  });
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** A whole settings file, from its text. */
export function parseSettingsFile(text: string, languages: readonly string[]): ParseResult<SiteSettingsFile> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problems: [{ path: '', code: 'not-json' }] };
  }
  return checkSettings(json, languages);
}

/** Settings already as an object (the settings form builds one before saving). */
export function checkSettings(value: unknown, languages: readonly string[]): ParseResult<SiteSettingsFile> {
  const result = siteSettingsSchema(languages).safeParse(value);
  // Checked apart from Zod, whose refinements are skipped while any contact has another problem.
  const problems = [...(result.success ? [] : problemsOf(result.error)), ...duplicateIds(value)];
  return result.success && problems.length === 0 ? { ok: true, value: result.data } : { ok: false, problems };
}

function duplicateIds(value: unknown): Problem[] {
  const contacts = typeof value === 'object' && value !== null ? (value as { localContacts?: unknown }).localContacts : undefined;
  if (!Array.isArray(contacts)) return [];
  const seen = new Set<unknown>();
  return contacts.flatMap((contact: unknown, i): Problem[] => {
    const id = typeof contact === 'object' && contact !== null ? (contact as { id?: unknown }).id : undefined;
    if (typeof id !== 'string') return [];
    if (seen.has(id)) return [{ path: `localContacts[${i}].id`, code: 'id-duplicate' }];
    seen.add(id);
    return [];
  });
}

/** One local contact (the contact editor), with the ids already used by the others. */
export function checkContact(value: unknown, otherIds: readonly string[]): ParseResult<z.infer<typeof LocalContactSchema>> {
  const result = LocalContactSchema.safeParse(value);
  if (!result.success) return { ok: false, problems: problemsOf(result.error) };
  if (otherIds.includes(result.data.id)) return { ok: false, problems: [{ path: 'id', code: 'id-duplicate' }] };
  return { ok: true, value: result.data };
}
