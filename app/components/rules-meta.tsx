import { useTranslation } from 'react-i18next';
import { REVIEWED_ON, REVIEW_BY, RULES_VERSION, isPastReviewDate } from '../../rules/index.ts';
import { formatDate } from '../i18n/format-date.ts';

/** The rules version and the date the law was checked; a warning once the review date has passed. */
export function RulesMeta({ today }: { today: Date }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="rules-meta" data-rules-version={RULES_VERSION}>
      <p>{t('outcome.rulesVersion', { version: RULES_VERSION, reviewed: formatDate(REVIEWED_ON, i18n.language) })}</p>
      {isPastReviewDate(today) && (
        <p className="warning-text" data-rules-stale="">
          {t('outcome.rulesStale', { reviewBy: formatDate(REVIEW_BY, i18n.language) })}
        </p>
      )}
    </div>
  );
}
