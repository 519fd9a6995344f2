import type { ActualsReportDto } from '../../core/index.js';
import { ResultBar } from '../common/ResultBar.js';
import { usePaneStyles } from '../common/layout.js';
import { usePane } from '../PaneContext.js';
import { ExcludedRows } from './ExcludedRows.js';
import { Warnings } from './Warnings.js';

/**
 * Matched totals, what to check (each warning with the export's sheet and cell), and every row
 * that matched no initiative or several or was not booked: never silently dropped.
 */
export function ActualsReportView({ report }: { report: ActualsReportDto }) {
  const s = usePaneStyles();
  const { format } = usePane();
  const message = report.unchanged
    ? `Nothing changed: these actuals were already imported (${report.matchedRows} rows matched).`
    : `${report.matchedRows} rows matched, ${format.money(report.total)} over ${report.periods.length} period(s); ${report.updatedInitiatives} initiative(s) updated.`;
  return (
    <div className={s.pane} style={{ padding: 0 }}>
      <ResultBar result={{ ok: true, message, wrote: report.wrote }} />
      <Warnings items={report.warnings ?? []} label="Actuals warnings" />
      {report.unmatched.length > 0 && (
        <details open>
          <summary>{report.unmatched.length} row(s) match no initiative</summary>
          <ul className={s.list} aria-label="Unmatched rows">
            {report.unmatched.map((u) => (
              <li key={u.row}>
                Row {u.row}: key "{u.key}", {format.money(u.amount)}. Add the key to an initiative's Keys,
                then import again.
              </li>
            ))}
          </ul>
        </details>
      )}
      {report.ambiguous.length > 0 && (
        <details open>
          <summary>{report.ambiguous.length} row(s) match several initiatives</summary>
          <ul className={s.list} aria-label="Ambiguous rows">
            {report.ambiguous.map((a) => (
              <li key={a.row}>
                Row {a.row}: key "{a.key}" belongs to {a.candidates.join(' and ')}. Keep the key on one of
                them only.
              </li>
            ))}
          </ul>
        </details>
      )}
      <ExcludedRows rows={report.excluded ?? []} />
    </div>
  );
}
