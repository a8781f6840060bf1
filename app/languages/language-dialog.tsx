import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../components/modal-dialog.tsx';
import { LanguageSettings } from './language-settings.tsx';

/** Both language choices over the current screen, from the header; loaded when first opened. */
export function LanguageDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <ModalDialog labelledBy={titleId} name="languages" onClose={onClose}>
      <LanguageSettings titleId={titleId} />
      <button type="button" className="button button-secondary" data-action="close-dialog" onClick={onClose}>
        {t('languages.header.close')}
      </button>
    </ModalDialog>
  );
}
