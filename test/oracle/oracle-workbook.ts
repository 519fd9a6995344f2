/**
 * The register written as a spreadsheet a finance analyst would build by hand: the three series
 * as sheets, one register row per initiative with SUMIFS formulas for its metrics, and a
 * portfolio sheet of SUMIFS/COUNTIFS roll-ups. HyperFormula (GPLv3, test-only) evaluates it.
 */
import { HF_CONFIG } from '../../bench/hyperformula-config.js';
import { HyperFormula, type RawCellContent } from 'hyperformula';
import { columnLetter } from '../../core/model/cell.js';
import type { Register } from '../../core/model/register.js';

export const LEVEL_ROW0 = 20;

export interface OracleWorkbook {
  hf: HyperFormula;
  register: number;
  portfolio: number;
  /** Programs in the order of the portfolio sheet's group rows. */
  programs: string[];
}

const blank = (v: number): number | null => (Number.isNaN(v) ? null : v);

export function buildOracleWorkbook(reg: Register, asOfIndex: number): OracleWorkbook {
  const n = reg.initiatives.length;
  const periods = reg.periods.length;
  const last = columnLetter(periods); // periods occupy B..last
  // Row 1 of each series sheet numbers the periods 1..P, so "to date" is a SUMIFS criterion.
  const header: RawCellContent[] = ['ID', ...reg.periods.map((_, p) => p + 1)];
  const seriesSheet = (pick: 'plan' | 'forecast' | 'actual'): RawCellContent[][] => [
    header,
    ...reg.initiatives.map((it) => [it.id, ...Array.from(it[pick], blank)]),
  ];
  const weights: RawCellContent[][] = reg.settings.ladder.levels.map((l) => [l.level, l.weight]);

  const registerRows: RawCellContent[][] = [
    [
      'ID',
      'State',
      'DoI',
      'Program',
      'Confirmed',
      'Plan total',
      'Plan to date',
      'Actual to date',
      'EAC',
      'Weighted',
      'VaR',
      'Assumed on plan',
    ],
  ];
  reg.initiatives.forEach((it, i) => {
    const r = i + 2;
    const row = (sheet: string) => `${sheet}!B${r}:${last}${r}`;
    const [plan, forecast, actual] = [row('Plan'), row('Forecast'), row('Actual')];
    registerRows.push([
      it.id,
      it.state,
      it.doi,
      it.program,
      it.confirmedValue,
      `=SUM(${plan})`,
      `=SUMIFS(${plan},Plan!$B$1:$${last}$1,"<="&Settings!$B$1)`,
      `=SUMIFS(${actual},Actual!$B$1:$${last}$1,"<="&Settings!$B$1)`,
      // estimate(p): actual if present, else forecast if present, else plan — for a past period
      // only as the setting says (column L); a closed initiative's estimate is its confirmed value.
      `=IF(B${r}="closed",N(E${r}),SUMIFS(${actual},${actual},"<>")+SUMIFS(${forecast},${actual},"=",${forecast},"<>")+SUMIFS(${plan},${actual},"=",${forecast},"=",Plan!$B$1:$${last}$1,">"&Settings!$B$1)+L${r})`,
      `=IF(B${r}="cancelled",0,IF(B${r}="closed",N(E${r}),I${r}*IFERROR(VLOOKUP(C${r},Weights!$A:$B,2,FALSE()),0)))`,
      `=IF(OR(B${r}="active",B${r}="on hold"),MAX(0,F${r}-I${r}),0)`,
      // Assumed on plan: plan of past periods with neither actual nor forecast.
      `=IF(OR(B${r}="closed",Settings!$B$2="zero"),0,SUMIFS(${plan},${actual},"=",${forecast},"=",Plan!$B$1:$${last}$1,"<="&Settings!$B$1))`,
    ]);
  });

  const col = (c: string) => `Register!$${c}$2:$${c}$${n + 1}`;
  const live = `${col('B')},"<>cancelled"`;
  const programs = [...new Set(reg.initiatives.map((it) => it.program))].sort();
  const portfolioRows: RawCellContent[][] = [
    ['count', `=COUNTIFS(${live})`],
    ['planTotal', `=SUMIFS(${col('F')},${live})`],
    ['planToDate', `=SUMIFS(${col('G')},${live})`],
    ['actualToDate', `=SUMIFS(${col('H')},${live})`],
    ['estimateAtCompletion', `=SUMIFS(${col('I')},${live})`],
    ['assumedOnPlan', `=SUMIFS(${col('L')},${live})`],
    ['confirmedValue', `=SUMIFS(${col('E')},${col('B')},"closed")`],
    ['weightedPipeline', `=SUMIFS(${col('J')},${live})`],
    ['valueAtRisk', `=SUMIFS(${col('K')},${live})`],
  ];
  while (portfolioRows.length < LEVEL_ROW0) portfolioRows.push([]);
  for (const level of reg.settings.ladder.levels) {
    portfolioRows.push([
      level.level,
      `=COUNTIFS(${col('C')},${level.level},${live})`,
      `=SUMIFS(${col('F')},${col('C')},${level.level},${live})`,
    ]);
  }
  for (const program of programs) {
    portfolioRows.push([
      program,
      `=COUNTIFS(${col('D')},"${program}",${live})`,
      `=SUMIFS(${col('F')},${col('D')},"${program}",${live})`,
      `=SUMIFS(${col('I')},${col('D')},"${program}",${live})`,
    ]);
  }
  // Per-period portfolio plan (for the chart): each column summed over the live rows.
  const planRow: RawCellContent[] = ['planByPeriod'];
  for (let p = 0; p < periods; p++) {
    const c = columnLetter(p + 1);
    planRow.push(`=SUMIFS(Plan!$${c}$2:$${c}$${n + 1},${live})`);
  }
  portfolioRows.push(planRow);

  const hf = HyperFormula.buildFromSheets(
    {
      Settings: [
        ['As-of period', asOfIndex + 1],
        ['Past months without actuals', reg.settings.pastWithoutActuals],
      ],
      Weights: weights,
      Plan: seriesSheet('plan'),
      Forecast: seriesSheet('forecast'),
      Actual: seriesSheet('actual'),
      Register: registerRows,
      Portfolio: portfolioRows,
    },
    HF_CONFIG,
  );
  return { hf, register: hf.getSheetId('Register')!, portfolio: hf.getSheetId('Portfolio')!, programs };
}

/** A computed cell as a number; fails loudly on a formula error so a broken oracle never passes. */
export function numberAt(book: OracleWorkbook, sheet: number, row0: number, col0: number): number {
  const value = book.hf.getCellValue({ sheet, row: row0, col: col0 });
  if (typeof value !== 'number')
    throw new Error(`Oracle cell R${row0 + 1}C${col0 + 1}: ${JSON.stringify(value)}`);
  return value;
}
