import { Field, Select } from '@fluentui/react-components';
import type { TableDto } from '../../core/index.js';

const VERDICT = { plan: 'plan', actuals: 'looks like actuals', 'not-a-plan': 'not a plan' } as const;

/** Shown when the source holds more than one table. */
export function TableChooser({
  tables,
  index,
  onChange,
}: {
  tables: TableDto[];
  index: number;
  onChange: (i: number) => void;
}) {
  if (tables.length < 2) return null;
  return (
    <Field label="Table to convert">
      <Select value={String(index)} onChange={(_, d) => onChange(Number(d.value))}>
        {tables.map((t, i) => (
          <option key={i} value={String(i)}>
            {t.sheet}, header row {t.headerRow}: {t.initiatives} rows, {t.periods.length} periods (
            {VERDICT[t.verdict]})
          </option>
        ))}
      </Select>
    </Field>
  );
}
