import type { CellValue } from '../model/cell.js';
import type { Portfolio, ValueStatus } from '../model/metrics.js';
import { SHEETS } from '../model/sheets.js';
import type { ColumnSpec, SheetWrite } from '../contract/workbook-port.js';
import { rectangular } from './header-key.js';
import { lightRules } from './sheet-styles.js';

/**
 * `PG Portfolio` for people without the add-in: side-by-side blocks, each with its own header
 * (so every column holds one kind of value) and native charts over the DoI waterfall and the
 * plan-vs-actual table.
 *
 *   A–C figures · E–H DoI waterfall · J–M plan vs actual per period · O–P value status · R–U decision queue
 */
export function encodePortfolioSheet(portfolio: Portfolio): SheetWrite {
  const figures: CellValue[][] = [
    ['Figure', 'Value', 'Ratio'],
    ['As of', portfolio.asOf, null],
    ['Currency', portfolio.currency, null],
    ['Initiatives', portfolio.count, null],
    ['Target', portfolio.target, null],
    ['Plan total', portfolio.planTotal, null],
    ['Plan to date', portfolio.planToDate, null],
    [
      'Actual to date',
      portfolio.actualToDate,
      portfolio.planToDate === 0 ? null : portfolio.actualToDate / portfolio.planToDate,
    ],
    ['Estimate at completion', portfolio.estimateAtCompletion, null],
    ['Confirmed value (closed)', portfolio.confirmedValue, null],
    ['Weighted pipeline', portfolio.weightedPipeline, null],
    ['Gap to target', portfolio.gapToTarget, null],
    ['Coverage', null, portfolio.coverage],
    ['Value at risk', portfolio.valueAtRisk, null],
    ['Decisions required', portfolio.decisionQueue.length, null],
    ['Watermelons', portfolio.watermelons.length, null],
  ];
  const waterfall: CellValue[][] = [
    ['DoI', 'Level', 'Plan total', 'Initiatives'],
    ...portfolio.byDoi.map((b): CellValue[] => [b.level, b.name, b.planTotal, b.count]),
  ];
  const periods: CellValue[][] = [
    ['Period', 'Plan', 'Actual', 'Estimate'],
    ...portfolio.periods.map((p, i): CellValue[] => [
      p,
      portfolio.planByPeriod[i] ?? 0,
      portfolio.actualByPeriod[i] ?? 0,
      portfolio.estimateByPeriod[i] ?? 0,
    ]),
  ];
  const statuses: ValueStatus[] = ['green', 'amber', 'red', 'n/a'];
  const status: CellValue[][] = [
    ['Value status', 'Initiatives'],
    ...statuses.map((s): CellValue[] => [s, portfolio.byValueStatus[s]]),
  ];
  const queue: CellValue[][] = [
    ['Decision ID', 'Initiative', 'Reason', 'Suggestion'],
    ...portfolio.decisionQueue.map((d): CellValue[] => [d.id, d.name, d.reason, d.suggestion]),
  ];

  const blocks = [figures, waterfall, periods, status, queue];
  const height = Math.max(...blocks.map((b) => b.length));
  const rows: CellValue[][] = [];
  for (let r = 0; r < height; r++) {
    const row: CellValue[] = [];
    blocks.forEach((block, i) => {
      const width = block[0].length;
      row.push(...(block[r] ?? new Array<CellValue>(width).fill(null)));
      if (i < blocks.length - 1) row.push(null);
    });
    rows.push(row);
  }
  const text = (width: number): ColumnSpec => ({ kind: 'text', width });
  const money: ColumnSpec = { kind: 'money', width: 14 };
  const integer: ColumnSpec = { kind: 'integer', width: 11 };
  const gap = text(3);
  const columns: ColumnSpec[] = [
    text(24),
    money,
    { kind: 'percent', width: 9 },
    gap,
    integer,
    text(14),
    money,
    integer,
    gap,
    text(9),
    money,
    money,
    money,
    gap,
    text(12),
    integer,
    gap,
    text(12),
    text(28),
    text(60),
    text(11),
  ];
  return {
    sheet: SHEETS.portfolio,
    mode: 'replace',
    rows: rectangular(rows),
    layout: {
      headerRows: 1,
      columns,
      protection: 'warning',
      conditional: lightRules(14),
      currency: portfolio.currency,
      charts: [
        {
          kind: 'column',
          title: 'Plan total per DoI level',
          source: { row: 0, col: 5, rows: waterfall.length, cols: 2 },
          anchor: { row: height + 1, col: 0 },
        },
        {
          kind: 'line',
          title: 'Plan vs actual per period',
          source: { row: 0, col: 9, rows: periods.length, cols: 4 },
          anchor: { row: height + 1, col: 9 },
        },
      ],
    },
  };
}
