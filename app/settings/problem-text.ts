import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { describePath, type Problem } from './settings-problems.ts';

const FIELDS = [
  'format',
  'version',
  'organisationName',
  'nation',
  'workerLanguage',
  'idleMinutes',
  'safeguardingLead',
  'safeguardingLeadName',
  'safeguardingLeadPhone',
  'localContacts',
  'monitoringEnabled',
  'id',
  'name',
  'phone',
  'web',
  'slot',
  'routes',
] as const;
type Field = (typeof FIELDS)[number];
const isField = (f: string): f is Field => (FIELDS as readonly string[]).includes(f);

/** A problem in plain words: which field (by its label; a contact by its number) and what is wrong; or just what is wrong, beside the field. */
export function useProblemText(): (problem: Problem, withField?: boolean) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (problem: Problem, withField = true) => {
      const message = t(`settingsArea.problem.${problem.code}`, { min: problem.min, max: problem.max });
      // Alone beside its field the message starts a sentence; after "Field:" it does not.
      if (!withField) return message.charAt(0).toLocaleUpperCase(i18n.language) + message.slice(1);
      const { contact, field: path } = describePath(problem.path);
      // Locale keys cannot hold dots: safeguardingLead.name is safeguardingLeadName.
      const field = path.replace(/\.(\w)/g, (_, c: string) => c.toUpperCase());
      const label = problem.path === '' ? t('settingsArea.where.file') : isField(field) ? t(`settingsArea.field.${field}`) : field;
      const where = contact ? t('settingsArea.where.contact', { n: contact, field: label }) : label;
      return `${where}: ${message}`;
    },
    [t, i18n],
  );
}
