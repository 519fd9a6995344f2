import { Text } from '@fluentui/react-components';
import type { MergeReportDto } from '../../core/service/governance-service.js';
import { ResultBar } from '../common/ResultBar.js';
import { usePaneStyles } from '../common/layout.js';

/** The outcome of a conversion: counts, what was written, and every row that was not simply added. */
export function MergeReportView({ report }: { report: MergeReportDto }) {
  const s = usePaneStyles();
  const c = report.counts;
  const notable = report.rows.filter((r) => r.outcome !== 'added' && r.outcome !== 'unchanged');
  return (
    <div className={s.pane} style={{ padding: 0 }}>
      <ResultBar
        result={{
          ok: true,
          message: `${c.added} added, ${c.updated} updated, ${c.unchanged} unchanged, ${c.conflict} conflicts, ${c.skipped} skipped.`,
          wrote: report.wrote,
        }}
      />
      {notable.length > 0 && (
        <>
          <Text weight="semibold">Rows to look at</Text>
          <ul className={s.list} aria-label="Conflicts and skipped rows">
            {notable.map((r) => (
              <li key={r.id}>
                <strong>{r.outcome}</strong> {r.id} {r.name}: {r.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
