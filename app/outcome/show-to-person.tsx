import { useTranslation } from 'react-i18next';

/** Opens the person's view of the outcome: their language alone, large type, no worker notes. */
export function ShowToPerson({ onShow }: { onShow: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="show-to-person no-print">
      <button type="button" className="button button-secondary" data-action="person-view" aria-describedby="person-view-hint" onClick={onShow}>
        {t('languages.person.show')}
      </button>
      <p className="hint" id="person-view-hint">
        {t('languages.person.showHint')}
      </p>
    </div>
  );
}
