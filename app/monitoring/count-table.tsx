import { useTranslation } from 'react-i18next';

export interface CountRow {
  value: string;
  label: string;
  count: number;
}

interface Props {
  /** The table's caption, which also names it. */
  caption: string;
  /** `data-count-dimension` on each row, for tests and the export's terms. */
  dimension: string;
  rows: readonly CountRow[];
}

/**
 * Counts as a table, each row with a bar drawn in CSS (no charting library, nothing fetched).
 * The number is in its own cell, so the bar is decoration and hidden from screen readers.
 */
export function CountTable({ caption, dimension, rows }: Props) {
  const { t } = useTranslation();
  const max = Math.max(1, ...rows.map((r) => r.count));
  return (
    <table className="count-table" data-count-table={dimension}>
      <caption className="heading-m">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('monitoring.table.what')}</th>
          <th scope="col" className="count-number">
            {t('monitoring.table.count')}
          </th>
          <th scope="col" className="count-bar-cell">
            <span className="visually-hidden">{t('monitoring.table.chart')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={3}>{t('monitoring.table.none')}</td>
          </tr>
        ) : (
          rows.map((row) => (
            <tr key={row.value} data-count-dimension={dimension} data-count-value={row.value}>
              <th scope="row">{row.label}</th>
              <td className="count-number" data-count={row.count}>
                {row.count}
              </td>
              <td className="count-bar-cell" aria-hidden="true">
                <span className="count-bar" style={{ inlineSize: `${(row.count / max) * 100}%` }} />
              </td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}
