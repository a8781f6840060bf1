import { useTranslation } from 'react-i18next';

const POINTS = ['independent', 'skip', 'private', 'terms'] as const;
/** Independent (never family or a child), confidential, everything, first person. */
const INTERPRETING = ['notFamily', 'confidential', 'firstPerson'] as const;

/** A short briefing the worker reads to the interpreter before starting. */
export function InterpreterBriefing() {
  const { t } = useTranslation();
  return (
    <details className="details">
      <summary className="details-summary">{t('start.briefingTitle')}</summary>
      <div className="details-text">
        <ul className="list-bullet">
          {INTERPRETING.map((point) => (
            <li key={point}>{t(`languages.briefing.${point}`)}</li>
          ))}
          {POINTS.map((point) => (
            <li key={point}>{t(`start.briefing.${point}`)}</li>
          ))}
        </ul>
      </div>
    </details>
  );
}
