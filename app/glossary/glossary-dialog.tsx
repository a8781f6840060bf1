import { Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../components/modal-dialog.tsx';
import { GlossaryTerms } from './glossary-terms.tsx';

/**
 * The glossary over the screen. Its text (the glossary namespace) loads when first opened,
 * inside this dialog's own Suspense boundary, so the screen underneath never suspends. The
 * component itself is bundled with the screens: splitting it out measured larger at start-up
 * (shared-chunk overhead), about 1 KB gzip more.
 */
export function GlossaryDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <ModalDialog labelledBy={titleId} name="glossary" onClose={onClose}>
      <Suspense
        fallback={
          <p id={titleId} role="status" className="heading-m">
            {t('languages.glossary.loading')}
          </p>
        }
      >
        <GlossaryTerms titleId={titleId} />
      </Suspense>
      <button type="button" className="button button-secondary" data-action="close-dialog" onClick={onClose}>
        {t('languages.glossary.close')}
      </button>
    </ModalDialog>
  );
}
