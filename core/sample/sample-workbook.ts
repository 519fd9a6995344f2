/**
 * The playground's built-in sample: a marketing plan the way people really keep one in a
 * spreadsheet (not PlanGate's own format), plus a CRM export of the first four months' actuals.
 *
 * Planted for the review meeting, as of 2027-04-30:
 * - DG-03 "OutDoor Munich Trade Show" is a watermelon: status Green, actuals at 18 % of plan.
 * - PM-02 "Distributor Enablement Nordics" is far behind plan (34 %).
 * - PM-04 and CM-03 have not been reviewed since December and January (review overdue).
 * - CRM-1002 is a key of both DG-02 and PM-03 (overlap); the export's CRM-1002 row is ambiguous.
 * - PM-05 has no controller and no target (its gate into Identified fails).
 * - The export has rows for CRM-0950 and CRM-5001, which match no initiative.
 * Everything is computed from fixed inputs, so every call returns the same workbook.
 */
import type { CellValue, Grid } from '../model/cell.js';
import { SAMPLE_PROGRAMS, type SamplePlanRow } from './sample-plan-rows.js';

export const SAMPLE_PLAN_SHEET = 'Marketing Plan 2027';
export const SAMPLE_ACTUALS_SHEET = 'CRM Actuals';
/** The as-of date the planted problems are written for. */
export const SAMPLE_AS_OF = '2027-04-30';
/** The last month the CRM export covers. */
const ACTUALS_THROUGH = 4;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const HEADER = [
  'Campaign ID',
  'Campaign',
  'Owner',
  'Sponsor',
  'Controller',
  'KPI',
  'Target (EUR)',
  'Start',
  'Due',
  'CRM Campaign IDs',
  'Status',
  'Last review',
  ...MONTHS,
  'FY 2027',
];
const FIRST_MONTH_COL = 12;

const WEIGHTS: Record<SamplePlanRow['shape'], number[]> = {
  flat: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
  seasonal: [0.6, 0.7, 1, 1.3, 1.4, 1.3, 1.1, 0.9, 1, 1.1, 1.2, 1.4],
  rampUp: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
  events: [0.3, 0.5, 2.5, 3, 0.6, 0.5, 0.3, 0.4, 1.8, 2, 0.8, 0.4],
};

/** Serial day number (1899-12-30 epoch) of a calendar date. */
function serial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

function serialOfIso(iso: string): number {
  return serial(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

function lastDay(month: number): number {
  return new Date(Date.UTC(2027, month, 0)).getUTCDate();
}

/** Monthly plan in whole hundreds, blank outside the run; the last month takes the rounding. */
export function monthlyPlan(row: SamplePlanRow): (number | null)[] {
  const weights = WEIGHTS[row.shape];
  const active = MONTHS.map((_, i) => i + 1 >= row.from && i + 1 <= row.to);
  const weightSum = weights.reduce((sum, w, i) => sum + (active[i] ? w : 0), 0);
  const values: (number | null)[] = MONTHS.map(() => null);
  let assigned = 0;
  for (let m = row.from; m <= row.to; m++) {
    const value =
      m === row.to
        ? row.annualPlan - assigned
        : Math.round((row.annualPlan * weights[m - 1]) / weightSum / 100) * 100;
    values[m - 1] = value;
    assigned += value;
  }
  return values;
}

function planSheet(): Grid {
  const width = HEADER.length;
  const blankRow = (): CellValue[] => new Array<CellValue>(width).fill(null);
  const titled = (text: string): CellValue[] => {
    const r = blankRow();
    r[0] = text;
    return r;
  };
  const grid: Grid = [
    titled('Northwind Outdoor GmbH · Marketing Plan 2027'),
    titled(
      'Pipeline-attributed revenue by campaign, in EUR. Approved by the leadership team on 30 Nov 2026.',
    ),
    blankRow(),
    [...HEADER],
  ];
  const grand = new Array<number>(13).fill(0);
  for (const program of SAMPLE_PROGRAMS) {
    grid.push(titled(program.name));
    const subtotal = new Array<number>(13).fill(0);
    for (const r of program.rows) {
      const plan = monthlyPlan(r);
      const total = plan.reduce<number>((sum, v) => sum + (v ?? 0), 0);
      plan.forEach((v, i) => (subtotal[i] += v ?? 0));
      subtotal[12] += total;
      grid.push([
        r.id,
        r.name,
        r.owner,
        r.sponsor,
        r.controller || null,
        r.kpi,
        r.target,
        serial(2027, r.from, 1),
        serial(2027, r.to, lastDay(r.to)),
        r.keys.join(', '),
        r.status,
        serialOfIso(r.lastReview),
        ...plan,
        total,
      ]);
    }
    const sub = blankRow();
    sub[1] = `Subtotal ${program.name}`;
    subtotal.forEach((v, i) => (sub[FIRST_MONTH_COL + i] = v));
    grid.push(sub);
    subtotal.forEach((v, i) => (grand[i] += v));
    grid.push(blankRow());
  }
  const total = blankRow();
  total[1] = 'Total Marketing Plan 2027';
  grand.forEach((v, i) => (total[FIRST_MONTH_COL + i] = v));
  grid.push(total);
  return grid;
}

/** A small deterministic wobble (±6 %) so actuals do not look machine-made. */
function wobble(index: number, month: number): number {
  return 1 + 0.06 * Math.sin(index * 7.3 + month * 1.9);
}

function actualsSheet(): Grid {
  const rows: { month: number; key: string; name: string; amount: number; opps: number }[] = [];
  let index = 0;
  for (const program of SAMPLE_PROGRAMS) {
    for (const r of program.rows) {
      index++;
      if (r.realized === null) continue;
      const plan = monthlyPlan(r);
      // Revenue is booked on the initiative's own key; the shared CRM-1002 is not its primary key.
      const key = r.keys.find((k) => k !== 'CRM-1002') ?? r.keys[0];
      for (let m = 1; m <= ACTUALS_THROUGH; m++) {
        const planned = plan[m - 1];
        if (!planned) continue;
        const amount = Math.round((planned * r.realized * wobble(index, m)) / 10) * 10;
        rows.push({ month: m, key, name: r.name, amount, opps: Math.max(1, Math.round(amount / 6500)) });
      }
    }
  }
  rows.push({ month: 1, key: 'CRM-0950', name: 'Holiday Gift Guide 2026', amount: 12_300, opps: 3 });
  rows.push({ month: 2, key: 'CRM-5001', name: 'Unassigned web leads', amount: 4_800, opps: 2 });
  rows.push({ month: 3, key: 'CRM-5001', name: 'Unassigned web leads', amount: 3_100, opps: 1 });
  rows.push({
    month: 3,
    key: 'CRM-1002',
    name: 'Paid Social / Marketplace (shared)',
    amount: 8_400,
    opps: 2,
  });
  // Keys are plain ASCII codes: compared by code point, not localeCompare, whose first call loads
  // collation data (tens of ms while the playground starts).
  rows.sort((a, b) => a.month - b.month || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return [
    ['Campaign ID', 'Campaign Name', 'Close Month', 'Amount (EUR)', 'Opportunities'],
    ...rows.map((r) => [r.key, r.name, serial(2027, r.month, 1), r.amount, r.opps]),
  ];
}

/** The sample workbook as the playground's in-memory workbook starts out. */
export function sampleWorkbook(): { sheetNames: string[]; grids: Record<string, Grid> } {
  return {
    sheetNames: [SAMPLE_PLAN_SHEET, SAMPLE_ACTUALS_SHEET],
    grids: { [SAMPLE_PLAN_SHEET]: planSheet(), [SAMPLE_ACTUALS_SHEET]: actualsSheet() },
  };
}
