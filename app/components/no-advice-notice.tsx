import { useTranslation } from 'react-i18next';

/** Always on the outcome and in print: Waymark and the worker give no immigration advice. */
export function NoAdviceNotice() {
  const { t } = useTranslation();
  return (
    <div className="notice" role="note" aria-labelledby="no-advice-title" data-notice="no-immigration-advice">
      <h2 id="no-advice-title" className="heading-s">
        {t('outcome.noticeTitle')}
      </h2>
      <p>{t('outcome.notice')}</p>
    </div>
  );
}
