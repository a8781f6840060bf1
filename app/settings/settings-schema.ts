/**
 * The site settings file (export/import between tablets), checked with Zod. Loaded only when
 * a coordinator imports a file, so Zod never ships in the start-up bundle. Every problem is
 * reported with its field path in plain words; the caller applies nothing unless all is well.
 */
import { z } from 'zod';
import { NATIONS, ROUTE_IDS, DIRECTORY } from '../../rules/index.ts';

const PER_SITE_SLOTS = DIRECTORY.filter((o) => o.perSite).map((o) => o.id);
const phone = z.string().trim().regex(/^\+?[\d ()-]{3,20}$/, { error: 'use a phone number: digits, spaces and + only' });
const text = (max: number) => z.string().trim().min(1, { error: 'must not be empty' }).max(max, { error: `must be at most ${max} characters` });

export const LocalContactSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'use lower-case letters, digits and hyphens' }),
  name: text(120),
  phone: phone.optional(),
  web: z.url({ protocol: /^https$/, error: 'must be a web address starting https://' }).optional(),
  slot: z.enum(PER_SITE_SLOTS as [string, ...string[]], { error: `must be one of: ${PER_SITE_SLOTS.join(', ')}` }).optional(),
  routes: z.array(z.enum(ROUTE_IDS, { error: 'is not a Waymark route id' })).min(1, { error: 'list at least one route this contact serves' }),
});

export function siteSettingsSchema(languages: readonly string[]) {
  return z
    .object({
      format: z.literal('waymark-site-settings', { error: 'this is not a Waymark site settings file' }),
      version: z.literal(1, { error: 'this settings file version is not supported' }),
      organisationName: text(120).optional(),
      nation: z.enum(NATIONS as [string, ...string[]], { error: `must be one of: ${NATIONS.join(', ')}` }),
      workerLanguage: z.enum(languages as [string, ...string[]], { error: 'is not one of the languages Waymark has' }),
      idleMinutes: z.number({ error: 'must be a number of minutes' }).int({ error: 'must be a whole number' }).min(2, { error: 'must be at least 2' }).max(60, { error: 'must be at most 60' }),
      safeguardingLead: z.object({ name: text(120), phone }).optional(),
      localContacts: z.array(LocalContactSchema).max(50, { error: 'at most 50 local contacts' }),
      monitoringEnabled: z.boolean({ error: 'must be true or false' }),
    })
    .strict();
}

export type SiteSettingsFile = z.infer<ReturnType<typeof siteSettingsSchema>>;

/** "localContacts[1].phone" from Zod's path. */
function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part)), '') || '(the whole file)';
}

export type ParseResult = { ok: true; settings: SiteSettingsFile } | { ok: false; problems: string[] };

export function parseSettingsFile(text: string, languages: readonly string[]): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problems: ['(the whole file): is not valid JSON'] };
  }
  const result = siteSettingsSchema(languages).safeParse(json);
  if (result.success) {
    const ids = result.data.localContacts.map((c) => c.id);
    const dup = ids.find((id, i) => ids.indexOf(id) !== i);
    if (dup) return { ok: false, problems: [`localContacts: the id "${dup}" is used twice`] };
    return { ok: true, settings: result.data };
  }
  return { ok: false, problems: result.error.issues.map((i) => `${fieldPath(i.path)}: ${i.message}`) };
}
