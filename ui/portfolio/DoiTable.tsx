import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { DoiBucket } from '../../core/index.js';
import { usePaneStyles } from '../common/layout.js';
import { usePane } from '../PaneContext.js';

/** The DoI waterfall as numbers: the chart's text alternative. */
export function DoiTable({ buckets }: { buckets: DoiBucket[] }) {
  const s = usePaneStyles();
  const { format } = usePane();
  return (
    <Table size="extra-small" aria-label="DoI waterfall">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>DoI level</TableHeaderCell>
          <TableHeaderCell className={s.numHead}>Count</TableHeaderCell>
          <TableHeaderCell className={s.numHead}>Plan total</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {buckets.map((b) => (
          <TableRow key={b.level}>
            <TableCell>
              {b.level} {b.name}
            </TableCell>
            <TableCell className={s.num}>{format.number(b.count)}</TableCell>
            <TableCell className={s.num}>{format.money(b.planTotal)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
