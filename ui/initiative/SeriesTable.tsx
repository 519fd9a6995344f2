import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { InitiativeDetailDto } from '../../core/index.js';
import { usePaneStyles } from '../common/layout.js';
import { usePane } from '../PaneContext.js';

/** Plan / forecast / actual per period, periods down the side so it fits a narrow pane. Blank stays blank. */
export function SeriesTable({ detail }: { detail: InitiativeDetailDto }) {
  const s = usePaneStyles();
  const { format } = usePane();
  const cell = (v: number | null | undefined) => (v === null || v === undefined ? '' : format.money(v));
  const hasBaseline = detail.baseline !== null;
  return (
    <div className={s.scrollX}>
      <Table size="extra-small" aria-label="Plan, forecast and actual per period">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Period</TableHeaderCell>
            <TableHeaderCell className={s.numHead}>Plan</TableHeaderCell>
            <TableHeaderCell className={s.numHead}>Forecast</TableHeaderCell>
            <TableHeaderCell className={s.numHead}>Actual</TableHeaderCell>
            {hasBaseline && <TableHeaderCell className={s.numHead}>Baseline</TableHeaderCell>}
          </TableRow>
        </TableHeader>
        <TableBody>
          {detail.periods.map((p, i) => (
            <TableRow key={p}>
              <TableCell>{p}</TableCell>
              <TableCell className={s.num}>{cell(detail.plan[i])}</TableCell>
              <TableCell className={s.num}>{cell(detail.forecast[i])}</TableCell>
              <TableCell className={s.num}>{cell(detail.actual[i])}</TableCell>
              {hasBaseline && <TableCell className={s.num}>{cell(detail.baseline?.[i])}</TableCell>}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
