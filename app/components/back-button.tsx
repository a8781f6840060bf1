import { useTranslation } from 'react-i18next';

/** The journey's Back (the machine's BACK event); it never touches browser history. */
export function BackButton({ onBack, label }: { onBack: () => void; label?: string }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="back-link" onClick={onBack}>
      {label ?? t('question.back')}
    </button>
  );
}
