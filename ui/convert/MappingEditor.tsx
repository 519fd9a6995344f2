import { Field, Select, Text } from '@fluentui/react-components';
import type { MappingDto, TableDto } from '../../core/index.js';
import { usePaneStyles } from '../common/layout.js';
import { usePane } from '../PaneContext.js';
import { FIELD_LABELS } from './fieldLabels.js';
import { columnOptions, setFieldColumn } from './mappingEdit.js';

interface Props {
  table: TableDto;
  mapping: MappingDto;
  onChange: (mapping: MappingDto) => void;
}

const NONE = '';

/** One dropdown per register field with the proposed column, its confidence and the reason. */
export function MappingEditor({ table, mapping, onChange }: Props) {
  const s = usePaneStyles();
  const { format } = usePane();
  const options = columnOptions({ ...table, mapping });
  // Long layout needs period/amount; wide layout has period columns instead.
  const fields = FIELD_LABELS.filter(([f]) =>
    mapping.layout === 'long' ? f !== 'planTotal' : f !== 'period' && f !== 'amount',
  );
  const shown = fields.filter(([f]) => mapping.fields[f] || !['period', 'amount', 'planTotal'].includes(f));
  return (
    <div>
      <Text size={200} className={s.muted}>
        Header row {mapping.headerRow} · {mapping.layout} layout · values are {mapping.series}
        {mapping.scale !== 1 && ` · scaled × ${format.number(mapping.scale)}`}
      </Text>
      <div className={s.figures} role="group" aria-label="Proposed mapping">
        {shown.map(([field, label]) => {
          const m = mapping.fields[field];
          return (
            <Field
              key={field}
              label={label}
              size="small"
              hint={m ? `${format.percent(m.confidence)} sure: ${m.reason}` : 'Not mapped'}
            >
              <Select
                size="small"
                value={m ? String(m.column) : NONE}
                onChange={(_, d) =>
                  onChange(
                    setFieldColumn(
                      mapping,
                      field,
                      d.value === NONE ? null : (options.find((o) => String(o.column) === d.value) ?? null),
                    ),
                  )
                }
              >
                <option value={NONE}>Not in the source</option>
                {options.map((o) => (
                  <option key={o.column} value={String(o.column)}>
                    {o.label}
                  </option>
                ))}
              </Select>
            </Field>
          );
        })}
      </div>
      {mapping.periodColumns.length > 0 && (
        <Text size={200}>
          Periods: {mapping.periodColumns.map((p) => `${p.header} → ${p.period}`).join(', ')}
        </Text>
      )}
    </div>
  );
}
