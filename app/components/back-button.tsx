import { useTranslation } from 'react-i18next';

/** The journey's Back (the machine's BACK event); it never touches browser history. */
export function BackButton({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="back-link" onClick={onBack}>
      {t('question.back')}
    </button>
  );
}
