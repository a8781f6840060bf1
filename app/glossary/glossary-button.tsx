import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GlossaryDialog } from './glossary-dialog.tsx';

/**
 * "Words that matter": opens the glossary over the screen and closes back to it with
 * nothing lost (the screen stays mounted underneath, focus returns to this button).
 */
export function GlossaryButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <p className="glossary-link no-print">
        <button type="button" className="link-button" aria-haspopup="dialog" data-action="glossary" onClick={() => setOpen(true)}>
          {t('languages.glossary.open')}
        </button>
      </p>
      {open && <GlossaryDialog onClose={() => setOpen(false)} />}
    </>
  );
}
