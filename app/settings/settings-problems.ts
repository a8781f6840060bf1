/**
 * A problem found in a settings file or form: where (the field path, as in the file) and what
 * (a code; the words are `settingsArea.problem.<code>` in the locales). No Zod here, so the
 * screens can name problems without loading it.
 */
export const PROBLEM_CODES = [
  'no-file',
  'file-too-large',
  'not-json',
  'wrong-format',
  'wrong-version',
  'unknown-field',
  'required',
  'text',
  'empty',
  'too-long',
  'phone',
  'https',
  'contact-id',
  'id-taken',
  'id-duplicate',
  'slot',
  'route',
  'routes-empty',
  'nation',
  'language',
  'idle-minutes',
  'boolean',
  'object',
  'list',
  'too-many',
  'invalid',
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];

export interface Problem {
  /** As in the file: `localContacts[1].phone`; empty for the whole file. */
  path: string;
  code: ProblemCode;
  min?: number;
  max?: number;
}

/** The parts of a path the screens name in words: which contact (1-based) and which field. */
export function describePath(path: string): { contact?: number; field: string } {
  const contact = /^localContacts\[(\d+)\]\.?(.*)$/.exec(path);
  if (contact) return { contact: Number(contact[1]) + 1, field: contact[2]!.replace(/\[\d+\]$/, '') || 'localContacts' };
  return { field: path.replace(/\[\d+\]$/, '') };
}
