import { Badge, Link, makeStyles, tokens } from '@fluentui/react-components';
import type { InitiativeRowDto } from '../../core/index.js';
import { StatusBadge } from '../common/StatusBadge.js';
import { usePaneStyles } from '../common/layout.js';
import { usePane } from '../PaneContext.js';
import { FLAG_LABELS } from './flagLabels.js';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0 },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  line: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
  money: { marginLeft: 'auto', fontVariantNumeric: 'tabular-nums', fontWeight: tokens.fontWeightSemibold },
});

/** One entry per initiative, narrow-pane friendly: the name opens it; lights carry words; flags are named. */
export function RegisterTable({ rows }: { rows: InitiativeRowDto[] }) {
  const s = useStyles();
  const p = usePaneStyles();
  const { format, openInitiative } = usePane();
  return (
    <ul className={s.list} aria-label="Initiatives">
      {rows.map((r) => (
        <li key={r.id} className={s.item}>
          <div className={s.line}>
            <Link as="button" onClick={() => openInitiative(r.id)}>
              {r.id} {r.name}
            </Link>
            <span className={s.money} title="Estimate at completion">
              {format.money(r.estimateAtCompletion)}
            </span>
          </div>
          <div className={p.muted}>
            {[`${r.doi} ${r.doiName}`, r.state !== 'active' ? r.state : '', r.program, r.owner]
              .filter(Boolean)
              .join(' · ')}
          </div>
          <div className={s.line}>
            <StatusBadge label="Implementation" status={r.implementationStatus} />
            <StatusBadge label="Value" status={r.valueStatus} />
            {r.flags.map((f) => (
              <Badge key={f.code} appearance="outline" color="danger" shape="rounded" title={f.reason}>
                {FLAG_LABELS[f.code]}
              </Badge>
            ))}
          </div>
        </li>
      ))}
    </ul>
  );
}
