import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  message: string;
  /** The id of the first input of the field in error. */
  fieldId: string;
  /** Bumped on every failed Continue, so focus returns here each time. */
  attempt: number;
}

/** GOV.UK error summary: announced, takes focus, and links to the field. */
export function ErrorSummary({ message, fieldId, attempt }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [attempt]);
  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1} aria-labelledby="error-summary-title" data-error-summary="">
      <h2 id="error-summary-title" className="heading-m">
        {t('error.summaryTitle')}
      </h2>
      <ul className="error-summary-list">
        <li>
          <a
            href={`#${fieldId}`}
            onClick={(event) => {
              event.preventDefault();
              document.getElementById(fieldId)?.focus();
            }}
          >
            {message}
          </a>
        </li>
      </ul>
    </div>
  );
}
