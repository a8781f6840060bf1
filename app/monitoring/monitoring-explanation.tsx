import { useTranslation } from 'react-i18next';

/** What monitoring records and what it never records, in plain words. */
export function MonitoringExplanation() {
  const { t } = useTranslation();
  return (
    <section className="inset" aria-labelledby="recorded-title">
      <h2 id="recorded-title" className="heading-m">
        {t('monitoring.recorded.title')}
      </h2>
      <p>{t('monitoring.recorded.when')}</p>
      <ul className="list-bullet">
        <li>{t('monitoring.recorded.month')}</li>
        <li>{t('monitoring.recorded.nation')}</li>
        <li>{t('monitoring.recorded.routes')}</li>
        <li>{t('monitoring.recorded.flags')}</li>
        <li>{t('monitoring.recorded.languages')}</li>
      </ul>
      <h3 className="heading-s">{t('monitoring.notRecorded.title')}</h3>
      <ul className="list-bullet">
        <li>{t('monitoring.notRecorded.answers')}</li>
        <li>{t('monitoring.notRecorded.time')}</li>
        <li>{t('monitoring.notRecorded.text')}</li>
        <li>{t('monitoring.notRecorded.link')}</li>
      </ul>
      <p>{t('monitoring.recorded.export')}</p>
      <p>{t('monitoring.recorded.feedback')}</p>
    </section>
  );
}
