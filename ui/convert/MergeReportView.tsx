import { Text } from '@fluentui/react-components';
import type { MergeReportDto } from '../../core/index.js';
import { ResultBar } from '../common/ResultBar.js';
import { usePaneStyles } from '../common/layout.js';
import { Warnings } from './Warnings.js';

/** Which currency the register reports in after the conversion (the core warns when the plan's differs). */
function currencyLine({ code, source }: NonNullable<MergeReportDto['currency']>): string {
  return source === 'adopted'
    ? `The new register reports in ${code}, the currency the plan names.`
    : `The register reports in ${code}.`;
}

interface Props {
  report: MergeReportDto;
  /** Warnings the pane already shows above (the inspection's): not repeated here. */
  shownAbove?: readonly string[];
}

/**
 * The outcome of a conversion: counts, what was written, the currency, what to check, and every
 * row that was not simply added.
 */
export function MergeReportView({ report, shownAbove = [] }: Props) {
  const s = usePaneStyles();
  const c = report.counts;
  const notable = report.rows.filter((r) => r.outcome !== 'added' && r.outcome !== 'unchanged');
  const warnings = (report.warnings ?? []).filter((w) => !shownAbove.includes(w));
  return (
    <div className={s.pane} style={{ padding: 0 }}>
      <ResultBar
        result={{
          ok: true,
          message: `${c.added} added, ${c.updated} updated, ${c.unchanged} unchanged, ${c.conflict} conflicts, ${c.skipped} skipped.`,
          wrote: report.wrote,
        }}
      />
      {report.currency && <Text>{currencyLine(report.currency)}</Text>}
      <Warnings items={warnings} label="Check after converting" />
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
