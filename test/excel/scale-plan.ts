import type { Grid } from '../../core/model/cell.js';
import type { SheetLayout, WritePlan } from '../../core/port/workbook-port.js';

const LIGHTS = ['green', 'amber', 'red'] as const;

/** A register-shaped write of `count` initiatives: 30 governed and computed columns, three 36-month series. */
export function scalePlan(count: number, withSeries = true): WritePlan {
  const headers = [
    'ID',
    'Initiative',
    'Program',
    'Workstream',
    'Client',
    'Owner',
    'Sponsor',
    'Controller',
    'Impact type',
    'KPI',
    'Unit',
    'Baseline',
    'Target',
    'DoI',
    'State',
    'Implementation status',
    'Start',
    'Due',
    'Next gate due',
    'Last review',
    'Review every (days)',
    'Keys',
    'Confirmed value',
    'Confirmed by',
    'Confirmed at',
    'Evidence',
    'Plan total (computed)',
    'Estimate at completion (computed)',
    'Value status (computed)',
    'Flags (computed)',
  ];
  const register: Grid = [headers];
  for (let i = 0; i < count; i++) {
    const id = `INIT-${String(i).padStart(6, '0')}`;
    register.push([
      id,
      `Spring campaign for segment ${i % 97}`,
      `Program ${i % 12}`,
      `Workstream ${i % 7}`,
      `Client ${i % 31}`,
      `owner${i % 50}@example.com`,
      'Sam Sponsor',
      'Cora Controller',
      'revenue',
      'Bookings',
      'EUR',
      null,
      125_000 + i,
      `${i % 6} Identified`,
      'active',
      LIGHTS[i % 3],
      46388 + (i % 200),
      46752,
      null,
      46420,
      30,
      `CRM-${i},CC-${i % 400}`,
      null,
      '',
      null,
      '',
      120_000.25 + i,
      118_500.5 + i,
      LIGHTS[(i + 1) % 3],
      i % 5 === 0 ? 'review overdue' : '',
    ]);
  }
  const periods = Array.from(
    { length: 36 },
    (_, m) => `${2027 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`,
  );
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
    columns: headers.map((h) => ({
      kind: /Baseline|Target|value|total|completion/.test(h)
        ? 'money'
        : /Start|Due|review$|at$/.test(h)
          ? 'date'
          : 'text',
      computed: h.endsWith('(computed)'),
    })),
    conditional: LIGHTS.map((light) => ({ column: 15, equals: light, fill: '#FFEB9C' })),
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
