import { Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { CRITERIA, ROLES, type Criterion, type Role } from '../../core/index.js';
import type { SettingsDto } from '../../core/index.js';

export type LadderRows = SettingsDto['ladder'];

const CRITERION_LABELS: Record<Criterion, string> = {
  title: 'Title',
  owner: 'Owner named',
  sponsor: 'Sponsor named',
  controller: 'Controller named',
  kpi: 'KPI named',
  target: 'Target > 0',
  plan: 'Plan phasing (total > 0)',
  dates: 'Start and due dates',
  decision: 'Go decision (not the owner)',
  implemented: 'Implementation confirmed',
  signOff: "Controller's sign-off",
};

const ROLE_LABELS: Record<Role, string> = {
  anyone: 'Anyone',
  owner: 'Owner',
  sponsor: 'Sponsor',
  controller: 'Controller',
  pmo: 'PMO',
};

const useStyles = makeStyles({
  level: { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: tokens.spacingHorizontalS, margin: 0 },
  group: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(132px, 1fr))',
    border: 'none',
    padding: 0,
    margin: 0,
    minWidth: 0,
  },
});

function toggled<T>(list: readonly T[], item: T, on: boolean, order: readonly T[]): T[] {
  const set = new Set(list);
  if (on) set.add(item);
  else set.delete(item);
  return order.filter((x) => set.has(x));
}

/** Per level: which gate criteria must hold to enter it, and who may move an initiative there. */
export function LadderRules({
  ladder,
  onChange,
}: {
  ladder: LadderRows;
  onChange: (next: LadderRows) => void;
}) {
  const s = useStyles();
  const update = (level: number, change: Partial<LadderRows[number]>) =>
    onChange(ladder.map((l) => (l.level === level ? { ...l, ...change } : l)));
  return (
    <div>
      {ladder.map((l) => (
        <details key={l.level}>
          <summary>
            Gate into {l.level} {l.name}: {l.criteria.length} criteria · moved by{' '}
            {l.movers.map((m) => ROLE_LABELS[m]).join(', ') || 'nobody'}
          </summary>
          <div className={s.level}>
            <fieldset className={s.group} aria-label={`Criteria to enter ${l.level} ${l.name}`}>
              <legend>Criteria to enter it</legend>
              {CRITERIA.map((c) => (
                <Checkbox
                  key={c}
                  label={CRITERION_LABELS[c]}
                  checked={l.criteria.includes(c)}
                  onChange={(_, d) =>
                    update(l.level, { criteria: toggled(l.criteria, c, d.checked === true, CRITERIA) })
                  }
                />
              ))}
            </fieldset>
            <fieldset className={s.group} aria-label={`Who may move into ${l.level} ${l.name}`}>
              <legend>Who may move it here</legend>
              {ROLES.map((r) => (
                <Checkbox
                  key={r}
                  label={ROLE_LABELS[r]}
                  checked={l.movers.includes(r)}
                  onChange={(_, d) =>
                    update(l.level, { movers: toggled(l.movers, r, d.checked === true, ROLES) })
                  }
                />
              ))}
            </fieldset>
          </div>
        </details>
      ))}
    </div>
  );
}
