import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { filterLanguages } from './filter-languages.ts';
import { listedLanguages } from './language-meta.ts';
import { LanguageName } from './language-name.tsx';

export const NO_LANGUAGE = 'none';

interface Props {
  /** `worker` or `client`: names the radios (`language-worker`) and the hooks. */
  which: 'worker' | 'client';
  title: string;
  current: string | null;
  /** The client picker offers "None: only your language". */
  allowNone: boolean;
  onApply: (lng: string | null) => void;
  onCancel: () => void;
}

/**
 * A text filter over a list of radios: every language by its endonym and English name,
 * drafts marked. Arrow keys move between radios without applying anything; "Use this
 * language" applies, so the page does not change language under the worker's fingers.
 */
export function LanguageOptions({ which, title, current, allowNone, onApply, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState(current ?? NO_LANGUAGE);
  const filterRef = useRef<HTMLInputElement>(null);
  const matches = filterLanguages(listedLanguages(), search);
  const name = `language-${which}`;

  useEffect(() => filterRef.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(chosen === NO_LANGUAGE ? null : chosen);
  };

  const radio = (value: string, label: ReactNode, draft = false) => (
    <div className="choice language-choice" key={value}>
      <input className="choice-input" type="radio" id={`${id}-${value}`} name={name} value={value} checked={chosen === value} onChange={() => setChosen(value)} />
      <label className="choice-label" htmlFor={`${id}-${value}`}>
        {label}
        {draft && (
          <>
            <span aria-hidden="true"> · </span>
            <span className="language-draft">{t('languages.picker.draft')}</span>
          </>
        )}
      </label>
    </div>
  );

  return (
    <form className="language-options" onSubmit={submit} data-language-options={which} noValidate>
      <label className="label" htmlFor={`${id}-filter`}>
        {t('languages.picker.filter')}
      </label>
      <p className="hint" id={`${id}-filter-hint`}>
        {t('languages.picker.filterHint')}
      </p>
      <input
        ref={filterRef}
        className="input language-filter"
        type="search"
        id={`${id}-filter`}
        value={search}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={`${id}-filter-hint ${id}-count`}
        aria-controls={`${id}-list`}
        onChange={(event) => setSearch(event.target.value)}
        data-language-filter={which}
      />
      <p className="hint language-count" id={`${id}-count`} role="status">
        {matches.length > 0 ? t('languages.picker.matches', { count: matches.length }) : t('languages.picker.noMatch')}
      </p>
      <fieldset className="fieldset">
        <legend className="visually-hidden">{title}</legend>
        <div className="choices choices-radio language-list" id={`${id}-list`}>
          {allowNone && !search.trim() && radio(NO_LANGUAGE, t('languages.client.none'))}
          {matches.map((meta) => radio(meta.code, <LanguageName meta={meta} />, meta.status === 'draft'))}
        </div>
      </fieldset>
      <div className="button-group">
        <button type="submit" className="button" data-action="apply-language">
          {t('languages.picker.apply')}
        </button>
        <button type="button" className="button button-secondary" data-action="cancel-language" onClick={onCancel}>
          {t('languages.picker.cancel')}
        </button>
      </div>
    </form>
  );
}
