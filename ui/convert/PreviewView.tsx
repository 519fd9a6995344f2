import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import type { ConversionPreviewDto, TableDto } from '../../core/index.js';
import { usePaneStyles } from '../common/layout.js';
import { usePane } from '../PaneContext.js';
import { ExcludedRows } from './ExcludedRows.js';
import { Warnings } from './Warnings.js';

const FIRST_ROWS = 8;

/**
 * Which currency the register will report in, when the plan names one. A register in another
 * currency that it keeps is not stated here: the inspection's warning says so and what to do.
 */
function CurrencyNote({ currency }: { currency: NonNullable<TableDto['currency']> }) {
  const { overview } = usePane();
  const { code, source, plan, from } = currency;
  if (source === 'kept' && code !== plan) return null;
  const existing = overview.status === 'done' && overview.data.hasRegister;
  const subject =
    source === 'adopted' && !existing ? 'The new register will report' : 'The register will report';
  return (
    <Text>
      {subject} in {code}, as the plan&apos;s &apos;{from}&apos; says.
    </Text>
  );
}

/** What the conversion would create: counts, the currency, the first rows, warnings and excluded rows. */
export function PreviewView({
  preview,
  currency,
}: {
  preview: ConversionPreviewDto;
  /** The inspected table's currency, when it names one. */
  currency?: TableDto['currency'];
}) {
  const s = usePaneStyles();
  const { format } = usePane();
  const periods = preview.periods;
  return (
    <div className={s.pane} style={{ padding: 0 }}>
      <Text role="status">
        {preview.initiatives} initiatives · plan total {format.money(preview.planTotal)} ·{' '}
        {periods.length
          ? `${periods.length} periods ${periods[0]} – ${periods[periods.length - 1]}`
          : 'no periods'}
      </Text>
      {currency && <CurrencyNote currency={currency} />}
      <div className={s.scrollX}>
        <Table size="extra-small" aria-label="Preview of the first rows">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Row</TableHeaderCell>
              <TableHeaderCell>ID</TableHeaderCell>
              <TableHeaderCell>Initiative</TableHeaderCell>
              <TableHeaderCell>Program</TableHeaderCell>
              <TableHeaderCell className={s.numHead}>Plan</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {preview.rows.slice(0, FIRST_ROWS).map((r) => (
              <TableRow key={r.row}>
                <TableCell>{r.row}</TableCell>
                <TableCell>{r.id}</TableCell>
                <TableCell>{r.name}</TableCell>
                <TableCell>{r.program}</TableCell>
                <TableCell className={s.num}>{format.money(r.planTotal)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {preview.rows.length > FIRST_ROWS && (
        <Text size={200} className={s.muted}>
          … and {preview.rows.length - FIRST_ROWS} more.
        </Text>
      )}
      <Warnings items={preview.warnings} />
      <ExcludedRows rows={preview.excluded} />
    </div>
  );
}
