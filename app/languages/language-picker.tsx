import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languageMeta } from './language-meta.ts';
import { LanguageName } from './language-name.tsx';
import { LanguageOptions } from './language-options.tsx';

interface Props {
  which: 'worker' | 'client';
  title: string;
  hint: string;
  current: string | null;
  onChoose: (lng: string | null) => Promise<void>;
}

/** One language choice: what it is now, and a Change control that opens the searchable list. */
export function LanguagePicker({ which, title, hint, current, onChoose }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const changeRef = useRef<HTMLButtonElement>(null);
  const meta = current ? languageMeta(current) : undefined;

  const close = () => {
    setOpen(false);
    // Focus goes back where the worker was, not to the top of the page.
    queueMicrotask(() => changeRef.current?.focus());
  };

  return (
    <div className="language-picker" data-language-picker={which} data-current={current ?? ''}>
      <h3 className="heading-s" id={`${id}-title`}>
        {title}
      </h3>
      <p className="hint">{hint}</p>
      <div className="language-current">
        <p className="language-current-name">{meta ? <LanguageName meta={meta} /> : t('languages.client.none')}</p>
        <button
          ref={changeRef}
          type="button"
          className="button button-secondary language-change"
          aria-expanded={open}
          aria-controls={open ? `${id}-panel` : undefined}
          data-action={`change-language-${which}`}
          onClick={() => setOpen((o) => !o)}
        >
          {t('languages.picker.change')}
          <span className="visually-hidden">: {title}</span>
        </button>
      </div>
      {open && (
        <div id={`${id}-panel`} className="language-panel">
          <LanguageOptions
            which={which}
            title={title}
            current={current}
            allowNone={which === 'client'}
            onCancel={close}
            onApply={(lng) => {
              void onChoose(lng).then(close);
            }}
          />
        </div>
      )}
    </div>
  );
}
