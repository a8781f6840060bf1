import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useProblemText } from './problem-text.ts';
import type { Problem } from './settings-problems.ts';

interface Props {
  problems: readonly Problem[];
  /** The input a problem's path points at, if it is on this page (the item then links to it). */
  fieldFor?: (path: string) => string | undefined;
  /** Shown as the summary's title (a form's "There is a problem", or "The file was not imported"). */
  title: string;
  /** Bumped on every failed attempt, so focus returns here each time. */
  attempt: number;
  /** Also name each problem's path as the file spells it (for an imported file). */
  showPaths?: boolean;
}

/**
 * GOV.UK error summary with every problem: announced, takes focus, each item names its field in
 * plain words and, as the file spells it, its path; items on this page link to their field.
 */
export function ProblemSummary({ problems, fieldFor, title, attempt, showPaths = false }: Props) {
  const { t } = useTranslation();
  const text = useProblemText();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [attempt]);
  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1} aria-labelledby="problem-summary-title" data-error-summary="">
      <h2 id="problem-summary-title" className="heading-m">
        {title}
      </h2>
      <ul className="error-summary-list">
        {problems.map((problem, i) => {
          const field = fieldFor?.(problem.path);
          const words = text(problem);
          return (
            <li key={`${problem.path}-${problem.code}-${i}`} data-problem-path={problem.path} data-problem-code={problem.code}>
              {field ? (
                <a
                  href={`#${field}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(field)?.focus();
                  }}
                >
                  {words}
                </a>
              ) : (
                <span className="error-summary-item">{words}</span>
              )}
              {showPaths && problem.path && (
                <span className="problem-path">
                  {' '}
                  ({t('settingsArea.where.path')} <code>{problem.path}</code>)
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
