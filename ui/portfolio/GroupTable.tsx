import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { PortfolioGroup } from '../../core/index.js';
import { usePaneStyles } from '../common/layout.js';
import { usePane } from '../PaneContext.js';

export function GroupTable({ groups, label }: { groups: PortfolioGroup[]; label: string }) {
  const s = usePaneStyles();
  const { format } = usePane();
  return (
    <div className={s.scrollX}>
      <Table size="extra-small" aria-label={`By ${label}`}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{label}</TableHeaderCell>
            <TableHeaderCell className={s.numHead}>Count</TableHeaderCell>
            <TableHeaderCell className={s.numHead}>Plan</TableHeaderCell>
            <TableHeaderCell className={s.numHead}>Actual to date</TableHeaderCell>
            <TableHeaderCell className={s.numHead}>Estimate</TableHeaderCell>
            <TableHeaderCell className={s.numHead}>Weighted</TableHeaderCell>
            <TableHeaderCell className={s.numHead}>At risk</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {groups.map((g) => (
            <TableRow key={g.key}>
              <TableCell>{g.key || '(none)'}</TableCell>
              <TableCell className={s.num}>{format.number(g.count)}</TableCell>
              <TableCell className={s.num}>{format.money(g.planTotal)}</TableCell>
              <TableCell className={s.num}>{format.money(g.actualToDate)}</TableCell>
              <TableCell className={s.num}>{format.money(g.estimateAtCompletion)}</TableCell>
              <TableCell className={s.num}>{format.money(g.weightedPipeline)}</TableCell>
              <TableCell className={s.num}>{format.money(g.valueAtRisk)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
