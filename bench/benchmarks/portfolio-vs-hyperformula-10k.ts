/**
 * Portfolio roll-ups on 10k initiatives: the core against HyperFormula SUMIFS/COUNTIFS computing
 * the same roll-ups (portfolio totals, per-program totals, the DoI waterfall) from the same
 * per-initiative figures. Both must agree to the cent. Budget (PRODUCT.md): speedup ≥ 100.
 * `endToEndSpeedup` also charges the core for deriving every per-initiative metric and flag from
 * the raw series, which the formula engine is handed ready-made.
 * HyperFormula is GPLv3: used here and in tests only, never shipped.
 */
import { HF_CONFIG } from '../hyperformula-config.js';
import { HyperFormula, type RawCellContent } from 'hyperformula';
import { locateAsOf } from '../../core/index.js';
import { computeMetrics, type RegisterMetrics } from '../../core/index.js';
import { isoDay } from '../../core/index.js';
import { buildPortfolio } from '../../core/index.js';
import { allocatePeriodSums } from '../../core/index.js';
import type { Portfolio } from '../../core/index.js';
import type { Register } from '../../core/index.js';
import { medianTime, round, type Benchmark } from '../benchmark.js';
import { syntheticRegister } from '../data/synthetic-register.js';

const INITIATIVES = 10_000;
const PERIODS = 36;
const BUDGET = 100;
const FIGURES = [
  'planTotal',
  'planToDate',
  'actualToDate',
  'estimateAtCompletion',
  'weightedValue',
  'valueAtRisk',
] as const;
const TOTALS = [
  'planTotal',
  'planToDate',
  'actualToDate',
  'estimateAtCompletion',
  'weightedPipeline',
  'valueAtRisk',
] as const;

/** The per-initiative figures as plain values, one row per initiative (what a PMO sheet would hold). */
function registerSheet(register: Register, metrics: RegisterMetrics): RawCellContent[][] {
  return register.initiatives.map((it, i) => [
    it.state,
    it.doi,
    it.program,
    ...FIGURES.map((f) => metrics.initiatives[i][f]),
  ]);
}

/** SUMIFS/COUNTIFS over the register sheet: totals, then per program, then per DoI level. */
function rollupFormulas(register: Register, programs: string[]): RawCellContent[][] {
  const n = register.initiatives.length;
  const col = (c: string) => `Data!$${c}$1:$${c}$${n}`;
  const live = `${col('A')},"<>cancelled"`;
  const figureCols = ['D', 'E', 'F', 'G', 'H', 'I'];
  const rows: RawCellContent[][] = [
    [`=COUNTIFS(${live})`, ...figureCols.map((c) => `=SUMIFS(${col(c)},${live})`)],
  ];
  for (const program of programs) {
    const where = `${col('C')},"${program}",${live}`;
    rows.push([`=COUNTIFS(${where})`, ...figureCols.map((c) => `=SUMIFS(${col(c)},${where})`)]);
  }
  for (const level of register.settings.ladder.levels) {
    const where = `${col('B')},${level.level},${live}`;
    rows.push([`=COUNTIFS(${where})`, `=SUMIFS(${col('D')},${where})`]);
  }
  return rows;
}

/** The core's figures in the same layout as the formula sheet. */
function coreRollups(p: Portfolio): number[][] {
  const rows: number[][] = [[p.count, ...TOTALS.map((t) => p[t])]];
  for (const g of p.groups) rows.push([g.count, ...TOTALS.map((t) => g[t])]);
  for (const b of p.byDoi) rows.push([b.count, b.planTotal]);
  return rows;
}

function assertSame(core: number[][], formulas: RawCellContent[][] | unknown[][]): number {
  let cells = 0;
  core.forEach((row, r) =>
    row.forEach((value, c) => {
      const oracle = formulas[r]?.[c];
      if (typeof oracle !== 'number' || Math.round(Math.abs(value - oracle) * 100) !== 0) {
        throw new Error(
          `Roll-up row ${r + 1} column ${c + 1}: core ${value} vs HyperFormula ${String(oracle)}`,
        );
      }
      cells++;
    }),
  );
  return cells;
}

const benchmark: Benchmark = {
  name: 'portfolio-vs-hyperformula-10k',
  async run() {
    const register = syntheticRegister({ initiatives: INITIATIVES, periods: PERIODS, seed: 10_000 });
    const context = {
      baselines: new Map<string, Float64Array>(),
      signOffChanges: new Map<string, string[]>(),
      groupBy: 'program' as const,
    };
    const core = medianTime(() => computeMetrics(register, context), 5, 15);
    const metrics = core.last;
    const programs = metrics.portfolio.groups.map((g) => g.key);
    // The roll-up alone, from the per-initiative figures, exactly what the formula sheet gets.
    const { settings, periods, initiatives } = register;
    const asOf = locateAsOf(periods, settings.asOf, settings.granularity, isoDay(settings.asOf));
    const included = Uint8Array.from(initiatives, (it) => (it.state === 'cancelled' ? 0 : 1));
    const noPeriods = allocatePeriodSums(periods.length);
    const rollup = medianTime(
      () => buildPortfolio(register, metrics.initiatives, included, asOf, noPeriods, 'program'),
      5,
      51,
    );

    const hf = HyperFormula.buildFromSheets({ Data: registerSheet(register, metrics) }, HF_CONFIG);
    const formulas = rollupFormulas(register, programs);
    const formulaCount = formulas.reduce((s, row) => s + row.length, 0);
    // Each run adds the roll-up sheet (parse + evaluate every formula), reads it and removes it.
    const engine = medianTime(
      () => {
        const name = hf.addSheet();
        const sheet = hf.getSheetId(name)!;
        hf.setSheetContent(sheet, formulas);
        const values = hf.getSheetValues(sheet);
        hf.removeSheet(sheet);
        return values;
      },
      1,
      5,
    );
    const cells = assertSame(coreRollups(rollup.last), engine.last);
    hf.destroy();
    assertSame(coreRollups(metrics.portfolio), engine.last);
    const speedup = engine.ms / rollup.ms;
    const endToEnd = engine.ms / core.ms;
    await Promise.resolve();
    return {
      initiatives: INITIATIVES,
      periods: PERIODS,
      rollupFormulas: formulaCount,
      cellsCompared: cells,
      sameResults: 'yes (to the cent)',
      hyperformulaMs: round(engine.ms),
      hyperformulaMsPerFormula: round(engine.ms / formulaCount),
      coreRollupMs: round(rollup.ms, 3),
      coreComputeMetricsMs: round(core.ms),
      speedup: round(speedup, 1),
      endToEndSpeedup: round(endToEnd, 1),
      budget: `>= ${BUDGET}`,
      verdict: speedup >= BUDGET ? 'PASS' : 'UNDER',
    };
  },
};

export default benchmark;
