import { useTranslation } from 'react-i18next';
import { ScreenHeading } from '../components/screen-heading.tsx';
import { FlashBanner } from './flash-banner.tsx';
import { ImportExport } from './import-export.tsx';
import { LocalContactList } from './local-contact-list.tsx';
import { ProblemSummary } from './problem-summary.tsx';
import { useProblemText } from './problem-text.ts';
import { SETTINGS_FIELD_IDS, type SettingsDraft } from './settings-draft.ts';
import { SettingsForm } from './settings-form.tsx';
import type { Flash, useSettingsActions } from './use-settings-actions.ts';

interface Props {
  draft: SettingsDraft;
  onDraft: (draft: SettingsDraft) => void;
  flash: Flash | null;
  actions: ReturnType<typeof useSettingsActions>;
  onEditContact: (id: string | null) => void;
  onMonitoring: () => void;
  onLeave: () => void;
}

/** The staff area's main page: the site's settings, its local contacts, and copying to another tablet. */
export function SettingsScreen({ draft, onDraft, flash, actions, onEditContact, onMonitoring, onLeave }: Props) {
  const { t } = useTranslation();
  const text = useProblemText();
  const { report } = actions;
  const formProblems = report?.source === 'form' ? report.problems : [];
  const errors: Record<string, string> = {};
  for (const problem of formProblems) {
    const field = SETTINGS_FIELD_IDS[problem.path];
    if (field && !errors[field]) errors[field] = text(problem, false);
  }

  return (
    <main id="main" className="screen screen-staff" data-screen="settings">
      <button type="button" className="back-link" data-action="leave-settings" onClick={onLeave}>
        {t('settingsArea.backToStart')}
      </button>
      {report && report.source !== 'contact' && (
        <ProblemSummary
          problems={report.problems}
          title={t(report.source === 'import' ? 'settingsArea.copy.notImported' : 'error.summaryTitle')}
          fieldFor={report.source === 'form' ? (path) => SETTINGS_FIELD_IDS[path] : (path) => (path === '' ? 'settings-import-file' : undefined)}
          attempt={report.attempt}
          showPaths={report.source === 'import'}
        />
      )}
      <ScreenHeading documentTitle={t('settingsArea.title')}>{t('settingsArea.title')}</ScreenHeading>
      {flash && <FlashBanner flash={flash} />}
      <p className="lead">{t('settingsArea.intro')}</p>
      <p className="inset">{t('settingsArea.nothingPersonal')}</p>
      <SettingsForm draft={draft} onChange={onDraft} errors={errors} onSubmit={() => void actions.saveForm(draft)} busy={actions.busy} />
      <LocalContactList
        contacts={actions.stored.localContacts}
        onAdd={() => onEditContact(null)}
        onEdit={onEditContact}
        onRemove={(id) => void actions.removeContact(id)}
        busy={actions.busy}
      />
      <ImportExport stored={actions.stored} onImport={(file) => void actions.importFile(file)} busy={actions.busy} />
      <section className="settings-section" aria-labelledby="monitoring-link-title">
        <h2 id="monitoring-link-title" className="heading-l">
          {t('settingsArea.monitoringLink.title')}
        </h2>
        <p>{t(actions.stored.monitoringEnabled ? 'settingsArea.monitoringLink.on' : 'settingsArea.monitoringLink.off')}</p>
        <button type="button" className="button button-secondary" data-action="open-monitoring" onClick={onMonitoring}>
          {t('settingsArea.monitoringLink.open')}
        </button>
      </section>
    </main>
  );
}
