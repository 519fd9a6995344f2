import { MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import type { MergeReportDto } from '../../core/service/governance-service.js';
import { ResultBar } from '../common/ResultBar.js';
import { usePaneStyles } from '../common/layout.js';

/** Which currency the register reports in after the conversion, and a warning when the plan's differs. */
function CurrencyLine({ currency }: { currency: NonNullable<MergeReportDto['currency']> }) {
  const { code, source, plan } = currency;
  if (source === 'adopted')
    return <Text>The new register reports in {code}, the currency the plan names.</Text>;
  if (plan === undefined || plan === code) return <Text>The register reports in {code}.</Text>;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        The plan&apos;s amounts are in {plan}, but the register reports in {code} and keeps it: PlanGate does
        not convert amounts. Convert the plan to {code} first, or change the currency in Settings if the whole
        register is in {plan}.
      </MessageBarBody>
    </MessageBar>
  );
}

/** The outcome of a conversion: counts, what was written, the currency, and every row that was not simply added. */
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
      {report.currency && <CurrencyLine currency={report.currency} />}
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
