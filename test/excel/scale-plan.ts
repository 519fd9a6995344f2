import { monthPeriods } from '../../bench/data/synthetic-register.js';
import { canonicalColumns } from '../../core/codec/register-sheet-columns.js';
import type { CellValue, Grid } from '../../core/model/cell.js';
import type { ColumnKind, SheetLayout, WritePlan } from '../../core/contract/workbook-port.js';

const LIGHTS = ['green', 'amber', 'red'] as const;

/** The `PG Register` columns the codec writes, in its order: a new column shows up here by itself. */
export const SCALE_COLUMNS = canonicalColumns([]).map((column) => ({
  header: column.header,
  kind:
    column.type === 'governed'
      ? column.governed.kind
      : column.type === 'computed'
        ? column.computed.kind
        : 'text',
  width:
    column.type === 'governed'
      ? column.governed.width
      : column.type === 'computed'
        ? column.computed.width
        : 14,
  computed: column.type === 'computed',
}));

/** 0-based column of a header in the scale register (throws when the codec renamed it). */
export function scaleColumn(header: string): number {
  const at = SCALE_COLUMNS.findIndex((c) => c.header === header);
  if (at < 0) throw new Error(`The codec has no PG Register column "${header}".`);
  return at;
}

/** Realistic cells for the columns whose content matters to the size of a write. */
function knownCell(header: string, i: number): CellValue | undefined {
  switch (header) {
    case 'ID':
      return `INIT-${String(i).padStart(6, '0')}`;
    case 'Initiative':
      return `Spring campaign for segment ${i % 97}`;
    case 'Program':
      return `Program ${i % 12}`;
    case 'Workstream':
      return `Workstream ${i % 7}`;
    case 'Client':
      return `Client ${i % 31}`;
    case 'Owner':
      return `owner${i % 50}@example.com`;
    case 'Sponsor':
      return 'Sam Sponsor';
    case 'Controller':
      return 'Cora Controller';
    case 'Impact type':
      return 'revenue';
    case 'KPI':
      return 'Bookings';
    case 'Unit':
      return 'EUR';
    case 'Baseline':
    case 'Confirmed value':
    case 'Confirmed at':
      return null;
    case 'Target':
      return 125_000 + i;
    case 'DoI':
      return `${i % 6} Identified`;
    case 'State':
      return 'active';
    case 'Implementation status':
      return LIGHTS[i % 3];
    case 'Start':
      return 46388 + (i % 200);
    case 'Due':
      return 46752;
    case 'Next gate due':
      return null;
    case 'Last review':
      return 46420;
    case 'Keys':
      return `CRM-${i},CC-${i % 400}`;
    case 'Confirmed by':
    case 'Evidence':
      return '';
    case 'Value status (computed)':
      return LIGHTS[(i + 1) % 3];
    case 'Flags (computed)':
      return i % 5 === 0 ? 'review overdue: last review more than 30 days ago' : '';
    default:
      return undefined;
  }
}

/** Any other column: a value of its kind, so a column the codec adds still costs what it would. */
function cellOfKind(kind: ColumnKind, i: number, column: number): CellValue {
  switch (kind) {
    case 'text':
      return `Note ${i % 41}`;
    case 'number':
    case 'money':
      return Math.round((118_500.5 + i + column * 1_000) * 100) / 100;
    case 'integer':
      return 30;
    case 'percent':
      return ((i % 120) + 1) / 100;
    case 'date':
      return 46400 + (i % 300);
    case 'datetime':
      return 46400.5 + (i % 300);
  }
}

/** A register-shaped write of `count` initiatives: every governed and computed column, three 36-month series. */
export function scalePlan(count: number, withSeries = true): WritePlan {
  const headers = SCALE_COLUMNS.map((c) => c.header);
  const register: Grid = [headers];
  for (let i = 0; i < count; i++) {
    register.push(SCALE_COLUMNS.map((c, col) => knownCell(c.header, i) ?? cellOfKind(c.kind, i, col)));
  }
  const periods = monthPeriods('2027-01', 36);
  const series = (scale: number): Grid => [
    ['ID', ...periods],
    ...register
      .slice(1)
      .map((row, i) => [
        row[0]!,
        ...periods.map((_, m) => Math.round((i + 1) * (m + 1) * scale * 100) / 100),
      ]),
  ];
  const registerLayout: SheetLayout = {
    headerRows: 1,
    currency: 'EUR',
    tableName: 'PGRegister',
    columns: SCALE_COLUMNS.map(({ kind, width, computed }) => ({ kind, width, computed })),
    conditional: LIGHTS.map((light) => ({
      column: scaleColumn('Implementation status'),
      equals: light,
      fill: '#FFEB9C',
    })),
  };
  const seriesLayout: SheetLayout = {
    headerRows: 1,
    currency: 'EUR',
    columns: [{ kind: 'text' }, ...periods.map(() => ({ kind: 'money' as const }))],
  };
  const registerWrite = {
    sheet: 'PG Register',
    mode: 'replace' as const,
    rows: register,
    layout: registerLayout,
  };
  if (!withSeries) return { sheets: [registerWrite] };
  return {
    sheets: [
      registerWrite,
      { sheet: 'PG Plan', mode: 'replace', rows: series(1.37), layout: seriesLayout },
      { sheet: 'PG Forecast', mode: 'replace', rows: series(1.21), layout: seriesLayout },
      { sheet: 'PG Actual', mode: 'replace', rows: series(0.93), layout: seriesLayout },
    ],
  };
}
