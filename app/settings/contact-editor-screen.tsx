import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenHeading } from '../components/screen-heading.tsx';
import { CONTACT_FIELD_IDS, PER_SITE_SLOTS, contactCandidate, contactDraftOf, newContactId, routesUsingSlot } from './contact-draft.ts';
import { ProblemSummary } from './problem-summary.tsx';
import { useProblemText } from './problem-text.ts';
import { RoutePicker } from './route-picker.tsx';
import { TextField } from './text-field.tsx';
import type { useSettingsActions } from './use-settings-actions.ts';

interface Props {
  /** The contact to change, or null to add one. */
  contactId: string | null;
  actions: ReturnType<typeof useSettingsActions>;
  onDone: () => void;
}

/** Add or change one local contact; Save contact checks it and stores it at once. */
export function ContactEditorScreen({ contactId, actions, onDone }: Props) {
  const { t } = useTranslation();
  const text = useProblemText();
  const existing = actions.stored.localContacts.find((c) => c.id === contactId);
  const [draft, setDraft] = useState(() => contactDraftOf(existing));
  const report = actions.report?.source === 'contact' ? actions.report : null;
  const errors: Record<string, string> = {};
  for (const problem of report?.problems ?? []) {
    const field = CONTACT_FIELD_IDS[problem.path.replace(/\[\d+\]$/, '')];
    if (field && !errors[field]) errors[field] = text(problem, false);
  }
  const title = t(existing ? 'settingsArea.contact.changeTitle' : 'settingsArea.contact.addTitle');

  const chooseSlot = (slot: string) =>
    // Choosing a slot ticks the routes that signpost it, unless routes are already chosen.
    setDraft((d) => ({ ...d, slot, routes: slot && d.routes.length === 0 ? routesUsingSlot(slot) : d.routes }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (actions.busy) return;
    const taken = actions.stored.localContacts.map((c) => c.id);
    const id = existing?.id ?? newContactId(draft.name, taken);
    if (await actions.saveContact(contactCandidate(draft, id), existing?.id ?? null)) onDone();
  };

  return (
    <main id="main" className="screen screen-staff" data-screen="settings-contact">
      <button type="button" className="back-link" data-action="cancel-contact" onClick={onDone}>
        {t('settingsArea.contact.back')}
      </button>
      {report && (
        <ProblemSummary
          problems={report.problems}
          title={t('error.summaryTitle')}
          fieldFor={(path) => CONTACT_FIELD_IDS[path.replace(/\[\d+\]$/, '')]}
          attempt={report.attempt}
        />
      )}
      <ScreenHeading documentTitle={title}>{title}</ScreenHeading>
      <form onSubmit={(event) => void submit(event)} noValidate data-form="local-contact">
        <TextField
          id={CONTACT_FIELD_IDS.name!}
          label={t('settingsArea.field.name')}
          value={draft.name}
          error={errors[CONTACT_FIELD_IDS.name!]}
          onChange={(name) => setDraft((d) => ({ ...d, name }))}
        />
        <TextField
          id={CONTACT_FIELD_IDS.phone!}
          label={t('settingsArea.field.phone')}
          hint={t('settingsArea.hint.optional')}
          value={draft.phone}
          error={errors[CONTACT_FIELD_IDS.phone!]}
          onChange={(phone) => setDraft((d) => ({ ...d, phone }))}
          type="tel"
          inputClassName="input-width-10"
        />
        <TextField
          id={CONTACT_FIELD_IDS.web!}
          label={t('settingsArea.field.web')}
          hint={t('settingsArea.hint.web')}
          value={draft.web}
          error={errors[CONTACT_FIELD_IDS.web!]}
          onChange={(web) => setDraft((d) => ({ ...d, web }))}
          type="url"
          spellCheck={false}
        />
        <div className={`form-group${errors[CONTACT_FIELD_IDS.slot!] ? ' form-group-error' : ''}`}>
          <label className="label" htmlFor={CONTACT_FIELD_IDS.slot}>
            {t('settingsArea.field.slot')}
          </label>
          <p className="hint" id="contact-slot-hint">
            {t('settingsArea.hint.slot')}
          </p>
          <select
            id={CONTACT_FIELD_IDS.slot}
            className="select"
            value={draft.slot}
            aria-describedby="contact-slot-hint"
            onChange={(event) => chooseSlot(event.target.value)}
          >
            <option value="">{t('settingsArea.contact.noSlot')}</option>
            {PER_SITE_SLOTS.map((org) => (
              <option key={org.id} value={org.id}>
                {org.name}
              </option>
            ))}
          </select>
        </div>
        <RoutePicker chosen={draft.routes} onChange={(routes) => setDraft((d) => ({ ...d, routes }))} error={errors[CONTACT_FIELD_IDS.routes!]} />
        <div className="button-group">
          <button type="submit" className="button" data-action="continue" aria-disabled={actions.busy || undefined}>
            {t('settingsArea.contact.save')}
          </button>
          <button type="button" className="button button-secondary" onClick={onDone}>
            {t('settingsArea.cancel')}
          </button>
        </div>
      </form>
    </main>
  );
}
