import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import type { ConversionPreviewDto } from '../../core/service/governance-service.js';
import { usePaneStyles } from '../common/layout.js';
import { usePane } from '../PaneContext.js';
import { ExcludedRows } from './ExcludedRows.js';
import { Warnings } from './Warnings.js';

const FIRST_ROWS = 8;

/** What the conversion would create: counts, the first rows, warnings and excluded rows. */
export function PreviewView({ preview }: { preview: ConversionPreviewDto }) {
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
