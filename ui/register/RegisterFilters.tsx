import { Field, Input, Select } from '@fluentui/react-components';
import { FLAG_CODES, type FlagCode, type ValueStatus } from '../../core/index.js';
import { STATES, type State } from '../../core/index.js';
import type { InitiativeRowDto } from '../../core/index.js';
import { usePaneStyles } from '../common/layout.js';
import { distinct, type RegisterFilter } from './filterRows.js';
import { FLAG_LABELS } from './flagLabels.js';

interface Props {
  rows: InitiativeRowDto[];
  filter: RegisterFilter;
  onChange: (filter: RegisterFilter) => void;
}

const ALL = '';

/** Search box and one select per filter; every select has "All" and is labelled. */
export function RegisterFilters({ rows, filter, onChange }: Props) {
  const s = usePaneStyles();
  const levels = [...new Map(rows.map((r) => [r.doi, r.doiName])).entries()].sort((a, b) => a[0] - b[0]);
  const set = (patch: Partial<RegisterFilter>) => onChange({ ...filter, ...patch });
  const pick = (label: string, value: string, options: [string, string][], apply: (v: string) => void) => (
    <Field label={label} size="small" className={s.grow}>
      <Select size="small" value={value} onChange={(_, d) => apply(d.value)}>
        <option value={ALL}>All</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </Select>
    </Field>
  );
  return (
    <div className={s.row} role="search">
      <Field label="Search" size="small" className={s.grow}>
        <Input
          size="small"
          type="search"
          placeholder="ID, name, program, owner"
          value={filter.text}
          onChange={(_, d) => set({ text: d.value })}
        />
      </Field>
      {pick(
        'DoI',
        filter.doi === null ? ALL : String(filter.doi),
        levels.map(([l, n]) => [String(l), `${l} ${n}`]),
        (v) => set({ doi: v === ALL ? null : Number(v) }),
      )}
      {pick(
        'State',
        filter.state ?? ALL,
        STATES.map((x) => [x, x]),
        (v) => set({ state: v === ALL ? null : (v as State) }),
      )}
      {pick(
        'Value status',
        filter.valueStatus ?? ALL,
        (['green', 'amber', 'red', 'n/a'] as const).map((x) => [x, x]),
        (v) => set({ valueStatus: v === ALL ? null : (v as ValueStatus) }),
      )}
      {pick(
        'Owner',
        filter.owner ?? ALL,
        distinct(rows, (r) => r.owner).map((x) => [x, x]),
        (v) => set({ owner: v === ALL ? null : v }),
      )}
      {pick(
        'Program',
        filter.program ?? ALL,
        distinct(rows, (r) => r.program).map((x) => [x, x]),
        (v) => set({ program: v === ALL ? null : v }),
      )}
      {pick(
        'Flag',
        filter.flag ?? ALL,
        FLAG_CODES.map((c) => [c, FLAG_LABELS[c]]),
        (v) => set({ flag: v === ALL ? null : (v as FlagCode) }),
      )}
    </div>
  );
}
