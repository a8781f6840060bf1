/**
 * What the staff pages do with settings: check (with the Zod schema, loaded only now), store,
 * and report. Nothing is stored unless the whole of it is valid, and a failed store keeps the
 * previous settings, both on the device and on screen.
 */
import { useCallback, useMemo, useState } from 'react';
import { availableLanguages } from '../i18n/locale-files.ts';
import { candidateOf, draftOf, type SettingsDraft } from './settings-draft.ts';
import { fromSettingsFile } from './settings-file.ts';
import { pruneToRules } from './prune-settings.ts';
import type { Problem } from './settings-problems.ts';
import { useSettingsStore } from './settings-store-context.ts';
import { MAX_LOCAL_CONTACTS, type LocalContact, type SiteSettings } from './site-settings.ts';

export type Flash = 'saved' | 'imported' | 'contactSaved' | 'contactRemoved' | 'notStored';

/** Problems from the last failed attempt, and which form they belong to. */
export interface Report {
  source: 'form' | 'import' | 'contact';
  problems: Problem[];
  attempt: number;
}

/** Settings files are a few KB; anything far bigger is not one. */
export const MAX_FILE_BYTES = 512 * 1024;

const loadSchema = () => import('./settings-schema.ts');

export function useSettingsActions(setDraft: (draft: SettingsDraft) => void, setFlash: (flash: Flash | null) => void) {
  const { save, stored: raw } = useSettingsStore();
  const stored = useMemo(() => pruneToRules(raw), [raw]);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<Report | null>(null);

  const fail = useCallback(
    (source: Report['source'], problems: Problem[]) => {
      setFlash(null);
      setReport((previous) => ({ source, problems, attempt: (previous?.attempt ?? 0) + 1 }));
    },
    [setFlash],
  );

  /** Stores `next`; true if the device kept it. */
  const persist = useCallback(
    async (next: SiteSettings, flash: Flash): Promise<boolean> => {
      setBusy(true);
      try {
        await save(next);
        setReport(null);
        setFlash(flash);
        return true;
      } catch {
        setFlash('notStored');
        return false;
      } finally {
        setBusy(false);
      }
    },
    [save, setFlash],
  );

  const saveForm = useCallback(
    async (draft: SettingsDraft) => {
      const { checkSettings } = await loadSchema();
      const result = checkSettings(candidateOf(draft, stored.localContacts), availableLanguages());
      if (!result.ok) return fail('form', result.problems);
      const next = fromSettingsFile(result.value);
      if (await persist(next, 'saved')) setDraft(draftOf(next));
    },
    [stored, persist, fail, setDraft],
  );

  const importFile = useCallback(
    async (file: File | null) => {
      if (!file) return fail('import', [{ path: '', code: 'no-file' }]);
      if (file.size > MAX_FILE_BYTES) return fail('import', [{ path: '', code: 'file-too-large' }]);
      const [{ parseSettingsFile }, text] = await Promise.all([loadSchema(), file.text()]);
      const result = parseSettingsFile(text, availableLanguages());
      if (!result.ok) return fail('import', result.problems);
      const next = fromSettingsFile(result.value);
      if (await persist(next, 'imported')) setDraft(draftOf(next));
    },
    [persist, fail, setDraft],
  );

  /** Adds or replaces one contact; true when stored (the editor then closes). */
  const saveContact = useCallback(
    async (candidate: Record<string, unknown>, replacing: string | null): Promise<boolean> => {
      const { checkContact } = await loadSchema();
      const others = stored.localContacts.filter((c) => c.id !== replacing);
      if (others.length >= MAX_LOCAL_CONTACTS) {
        fail('contact', [{ path: '', code: 'too-many', max: MAX_LOCAL_CONTACTS }]);
        return false;
      }
      const result = checkContact(candidate, others.map((c) => c.id));
      if (!result.ok) {
        fail('contact', result.problems);
        return false;
      }
      const contact: LocalContact = { ...result.value, routes: [...result.value.routes] };
      const contacts = replacing
        ? stored.localContacts.map((c) => (c.id === replacing ? contact : c))
        : [...stored.localContacts, contact];
      return persist({ ...stored, localContacts: contacts }, 'contactSaved');
    },
    [stored, persist, fail],
  );

  const removeContact = useCallback(
    (id: string) => persist({ ...stored, localContacts: stored.localContacts.filter((c) => c.id !== id) }, 'contactRemoved'),
    [stored, persist],
  );

  return { stored, busy, report, clearReport: () => setReport(null), saveForm, importFile, saveContact, removeContact };
}
