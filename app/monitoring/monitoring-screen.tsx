import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenHeading } from '../components/screen-heading.tsx';
import { downloadText } from '../settings/download.ts';
import { useSettingsStore } from '../settings/settings-store-context.ts';
import { ClearMonitoring } from './clear-monitoring.tsx';
import { useCountLabel } from './count-label.ts';
import { CountTable } from './count-table.tsx';
import { monitoringCsv, monitoringFileName } from './monitoring-csv.ts';
import { MonitoringExplanation } from './monitoring-explanation.tsx';
import { ALL_MONTHS, feedbackTotals, monthsOf, totalsFor } from './monitoring-summary.ts';
import { DIMENSIONS } from './monitoring.ts';
import { useMonitoringData } from './use-monitoring-data.ts';

/** The anonymous counts as tables with bars, the question feedback, CSV export and clear. */
export function MonitoringScreen({ onDone }: { onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const { stored } = useSettingsStore();
  const label = useCountLabel();
  const { data, clear } = useMonitoringData();
  const [month, setMonth] = useState(ALL_MONTHS);
  const [result, setResult] = useState<'cleared' | 'notCleared' | null>(null);
  const monthName = (m: string) =>
    new Intl.DateTimeFormat(i18n.language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${m}-01T00:00:00Z`));

  const ready = data.state === 'ready' ? data : null;
  const months = ready ? monthsOf(ready.months, ready.feedback) : [];
  const totals = ready ? totalsFor(ready.months, month) : null;
  const feedback = ready ? feedbackTotals(ready.feedback, month) : [];
  const shownMonths = ready ? ready.months.filter((m) => month === ALL_MONTHS || m.month === month) : [];

  return (
    <main id="main" className="screen screen-staff" data-screen="monitoring">
      <button type="button" className="back-link" data-action="leave-monitoring" onClick={onDone}>
        {t('monitoring.back')}
      </button>
      <ScreenHeading documentTitle={t('monitoring.title')}>{t('monitoring.title')}</ScreenHeading>
      {result && (
        <p className={result === 'cleared' ? 'notification-banner notification-banner-success' : 'warning-text'} role="status" data-flash={result}>
          {t(`monitoring.${result}`)}
        </p>
      )}
      <p className="lead" data-monitoring={stored.monitoringEnabled ? 'on' : 'off'}>
        {t(stored.monitoringEnabled ? 'monitoring.isOn' : 'monitoring.isOff')}
      </p>
      <MonitoringExplanation />
      {data.state === 'loading' && <p role="status">{t('monitoring.loading')}</p>}
      {data.state === 'failed' && <p className="warning-text">{t('monitoring.failed')}</p>}
      {ready && totals && (
        <>
          <div className="form-group">
            <label className="label" htmlFor="monitoring-month">
              {t('monitoring.month')}
            </label>
            <select id="monitoring-month" className="select" value={month} onChange={(event) => setMonth(event.target.value)}>
              <option value={ALL_MONTHS}>{t('monitoring.allMonths')}</option>
              {months.map((m) => (
                <option key={m} value={m}>
                  {monthName(m)}
                </option>
              ))}
            </select>
          </div>
          <p className="heading-m" data-journeys={totals.journeys}>
            {t('monitoring.journeys', { count: totals.journeys })}
          </p>
          <CountTable
            caption={t('monitoring.byMonth')}
            dimension="month"
            rows={shownMonths.map((m) => ({ value: m.month, label: monthName(m.month), count: m.journeys }))}
          />
          {DIMENSIONS.map((dimension) => (
            <CountTable
              key={dimension}
              caption={t(`monitoring.dimension.${dimension}`)}
              dimension={dimension}
              rows={totals.counts[dimension].map(([value, count]) => ({ value, label: label(dimension, value), count }))}
            />
          ))}
          <CountTable
            caption={t('monitoring.feedbackTitle')}
            dimension="feedback"
            rows={feedback.map((f) => ({
              value: `${f.questionId}|${f.language}|${f.reason}`,
              label: t('monitoring.feedbackRow', { question: label('question', f.questionId), reason: t(`feedback.reason.${f.reason}`), language: label('workerLanguage', f.language) }),
              count: f.count,
            }))}
          />
        </>
      )}
      <div className="button-group">
        <button
          type="button"
          className="button button-secondary"
          data-action="export-monitoring"
          disabled={!ready}
          onClick={() => ready && downloadText(monitoringFileName(new Date()), monitoringCsv(ready.months, ready.feedback), 'text/csv')}
        >
          {t('monitoring.export')}
        </button>
        <ClearMonitoring disabled={!ready} onClear={() => void clear().then((ok) => setResult(ok ? 'cleared' : 'notCleared'))} />
      </div>
      <button type="button" className="button" data-action="continue" onClick={onDone}>
        {t('monitoring.done')}
      </button>
    </main>
  );
}
