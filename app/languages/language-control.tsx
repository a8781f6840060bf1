import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageDialog } from './language-dialog.tsx';
import { languageMeta } from './language-meta.ts';
import { useLanguages } from './languages-context.ts';

/** The header's language control: both languages at a glance, changeable on any screen. */
export function LanguageControl() {
  const { t } = useTranslation();
  const { worker, client } = useLanguages();
  const [open, setOpen] = useState(false);
  const codes = [worker, client].filter((l): l is string => !!l);
  const names = codes.map((l) => languageMeta(l)?.endonym ?? l);

  return (
    <>
      <button type="button" className="header-button language-control" aria-haspopup="dialog" data-action="languages" onClick={() => setOpen(true)}>
        {/* A globe: no script of its own, so it reads the same to every worker. */}
        <svg className="language-control-icon" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
          <circle cx="12" cy="12" r="9.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M2.5 12h19M12 2.5c3 3.2 3 15.8 0 19M12 2.5c-3 3.2-3 15.8 0 19" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
        <span className="language-control-label">{t('languages.header.button')}</span>
        <span className="visually-hidden">{t('languages.header.current', { languages: names.join(', ') })}</span>
        <span className="language-control-current" aria-hidden="true">
          {codes.map((code, i) => [i > 0 && <span key={`${code}-plus`}>+</span>, <bdi key={code} lang={code}>{names[i]}</bdi>])}
        </span>
      </button>
      {open && <LanguageDialog onClose={() => setOpen(false)} />}
    </>
  );
}
