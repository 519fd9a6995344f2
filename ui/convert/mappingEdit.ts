import { columnLetter } from '../../core/index.js';
import type { FieldName, MappingDto, TableDto } from '../../core/index.js';

export interface ColumnOption {
  column: number;
  header: string;
  label: string;
}

/**
 * Every source column the user can pick: those the inspection named (fields and periods,
 * or the table's full column list when the service sends one) plus any columns between.
 */
export function columnOptions(table: TableDto): ColumnOption[] {
  const headers = new Map<number, string>();
  for (const c of table.columns ?? []) headers.set(c.column, c.header);
  for (const f of Object.values(table.mapping.fields)) if (f) headers.set(f.column, f.header);
  for (const p of table.mapping.periodColumns) headers.set(p.column, p.header);
  const last = Math.max(0, ...headers.keys());
  const options: ColumnOption[] = [];
  for (let c = 0; c <= last; c++) {
    const header = headers.get(c) ?? '';
    options.push({
      column: c,
      header,
      label: header ? `${columnLetter(c)} · ${header}` : `Column ${columnLetter(c)}`,
    });
  }
  return options;
}

/** The mapping with one field moved to another column (or unmapped with null); the user's choice is certain. */
export function setFieldColumn(
  mapping: MappingDto,
  field: FieldName,
  option: ColumnOption | null,
): MappingDto {
  const fields = { ...mapping.fields };
  if (option === null) delete fields[field];
  else
    fields[field] = {
      column: option.column,
      header: option.header,
      confidence: 1,
      reason: 'Chosen by you',
    };
  // A column that becomes a field is no longer a period column.
  const periodColumns =
    option === null ? mapping.periodColumns : mapping.periodColumns.filter((p) => p.column !== option.column);
  return { ...mapping, fields, periodColumns };
}
