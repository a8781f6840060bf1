import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NATIONS } from '../../rules/index.ts';
import { nationKey } from '../i18n/keys.ts';
import { listedLanguages } from '../languages/language-meta.ts';
import { RadioGroup } from './radio-group.tsx';
import { SETTINGS_FIELD_IDS, type SettingsDraft } from './settings-draft.ts';
import { IDLE_MINUTES_MAX, IDLE_MINUTES_MIN } from './site-settings.ts';
import { TextField } from './text-field.tsx';

interface Props {
  draft: SettingsDraft;
  onChange: (draft: SettingsDraft) => void;
  /** The message shown beside each field in error, by field id. */
  errors: Readonly<Record<string, string>>;
  onSubmit: () => void;
  busy: boolean;
}

/** The site's own settings; Save (the page's one continue control) checks and stores them all together. */
export function SettingsForm({ draft, onChange, errors, onSubmit, busy }: Props) {
  const { t } = useTranslation(['common', 'questions']);
  const set = (part: Partial<SettingsDraft>) => onChange({ ...draft, ...part });
  const ids = SETTINGS_FIELD_IDS;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) onSubmit();
  };

  return (
    <form className="settings-form" onSubmit={submit} noValidate data-form="site-settings">
      <TextField
        id={ids.organisationName!}
        label={t('settingsArea.field.organisationName')}
        hint={t('settingsArea.hint.organisationName')}
        value={draft.organisationName}
        error={errors[ids.organisationName!]}
        onChange={(organisationName) => set({ organisationName })}
        autoComplete="organization"
      />
      <RadioGroup
        idPrefix="settings-nation"
        name="site-nation"
        legend={t('settingsArea.field.nation')}
        options={NATIONS.map((n) => ({ value: n, label: t(nationKey(n), { ns: 'questions' }) }))}
        value={draft.nation}
        error={errors[ids.nation!]}
        onChange={(nation) => set({ nation })}
      />
      <div className={`form-group${errors[ids.workerLanguage!] ? ' form-group-error' : ''}`}>
        <label className="label" htmlFor={ids.workerLanguage}>
          {t('settingsArea.field.workerLanguage')}
        </label>
        <p className="hint" id="settings-language-hint">
          {t('settingsArea.hint.workerLanguage')}
        </p>
        <select
          id={ids.workerLanguage}
          className="select"
          value={draft.workerLanguage}
          aria-describedby="settings-language-hint"
          onChange={(event) => set({ workerLanguage: event.target.value })}
        >
          {listedLanguages().map((l) => (
            <option key={l.code} value={l.code} lang={l.code}>
              {l.endonym === l.englishName ? l.endonym : `${l.endonym} (${l.englishName})`}
            </option>
          ))}
        </select>
      </div>
      <TextField
        id={ids.idleMinutes!}
        label={t('settingsArea.field.idleMinutes')}
        hint={t('settingsArea.hint.idleMinutes', { min: IDLE_MINUTES_MIN, max: IDLE_MINUTES_MAX })}
        value={draft.idleMinutes}
        error={errors[ids.idleMinutes!]}
        onChange={(idleMinutes) => set({ idleMinutes })}
        inputMode="numeric"
        inputClassName="input-width-3"
      />
      <fieldset className="fieldset" aria-describedby="settings-lead-hint">
        <legend className="fieldset-legend">
          <h2 className="heading-m">{t('settingsArea.field.safeguardingLead')}</h2>
        </legend>
        <p className="hint" id="settings-lead-hint">
          {t('settingsArea.hint.safeguardingLead')}
        </p>
        <TextField
          id={ids['safeguardingLead.name']!}
          label={t('settingsArea.field.leadName')}
          value={draft.leadName}
          error={errors[ids['safeguardingLead.name']!]}
          onChange={(leadName) => set({ leadName })}
        />
        <TextField
          id={ids['safeguardingLead.phone']!}
          label={t('settingsArea.field.leadPhone')}
          value={draft.leadPhone}
          error={errors[ids['safeguardingLead.phone']!]}
          onChange={(leadPhone) => set({ leadPhone })}
          type="tel"
          inputClassName="input-width-10"
        />
      </fieldset>
      <RadioGroup
        idPrefix="settings-monitoring"
        name="site-monitoring"
        legend={t('settingsArea.field.monitoringEnabled')}
        hint={t('settingsArea.hint.monitoringEnabled')}
        options={[
          { value: 'on', label: t('settingsArea.monitoringOn') },
          { value: 'off', label: t('settingsArea.monitoringOff') },
        ]}
        value={draft.monitoring}
        error={errors[ids.monitoringEnabled!]}
        onChange={(monitoring) => set({ monitoring: monitoring === 'on' ? 'on' : 'off' })}
      />
      <button type="submit" className="button" data-action="continue" aria-disabled={busy || undefined}>
        {t('settingsArea.save')}
      </button>
    </form>
  );
}
