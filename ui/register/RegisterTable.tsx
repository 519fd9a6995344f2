import {
  Badge,
  Link,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { InitiativeRowDto } from '../../core/service/governance-service.js';
import { StatusBadge } from '../common/StatusBadge.js';
import { usePaneStyles } from '../common/layout.js';
import { usePane } from '../PaneContext.js';
import { FLAG_LABELS } from './flagLabels.js';

/** Compact register: name opens the initiative; lights carry words; flags are listed by name. */
export function RegisterTable({ rows }: { rows: InitiativeRowDto[] }) {
  const s = usePaneStyles();
  const { format, openInitiative } = usePane();
  return (
    <div className={s.scrollX}>
      <Table size="extra-small" aria-label="Initiatives">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Initiative</TableHeaderCell>
            <TableHeaderCell>DoI</TableHeaderCell>
            <TableHeaderCell>Status</TableHeaderCell>
            <TableHeaderCell className={s.num}>Estimate</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.id}>
              <TableCell>
                <Link as="button" onClick={() => openInitiative(r.id)}>
                  {r.id} {r.name}
                </Link>
                <div className={s.muted}>
                  {[r.program, r.owner, r.state !== 'active' ? r.state : ''].filter(Boolean).join(' · ')}
                </div>
                {r.flags.map((f) => (
                  <Badge key={f.code} size="small" appearance="outline" color="danger" title={f.reason}>
                    {FLAG_LABELS[f.code]}
                  </Badge>
                ))}
              </TableCell>
              <TableCell>
                {r.doi} {r.doiName}
              </TableCell>
              <TableCell>
                <StatusBadge label="Impl." status={r.implementationStatus} />
                <StatusBadge label="Value" status={r.valueStatus} />
              </TableCell>
              <TableCell className={s.num}>{format.money(r.estimateAtCompletion)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
