/**
 * Plan import of a 100,000-row sheet that is not a plan (a log of readings without names or
 * plan values): `inspect` must say so cheaply, and `inspect --json` must summarise the rows it
 * leaves out (counts per reason and the first 20) instead of listing each one.
 * Budget (PRODUCT.md): ≤ 3 s, JSON report ≤ 1 MB.
 */
import { inspectJson } from '../../cli/commands/inspect.js';
import { inspectWorkbook, type Grid, type ImportSource } from '../../core/index.js';
import { medianTime, round, type Benchmark } from '../benchmark.js';

const ROWS = 100_000;
const BUDGET_MS = 3000;
const BUDGET_MB = 1;

/** A sensor-style log: no name column, numbers only, one header row. */
function readingsLog(rows: number): ImportSource {
  const grid: Grid = [['Station', 'Quantity', 'Weight', 'Reading', 'Note']];
  for (let i = 0; i < rows; i++) grid.push([null, i % 7, (i % 13) * 1.5, (i % 101) * 3, null]);
  return { sheetNames: ['Log'], grids: { Log: grid } };
}

const benchmark: Benchmark = {
  name: 'import-not-a-plan-100k',
  async run() {
    await Promise.resolve();
    const read = readingsLog(ROWS);
    const cpuStart = process.cpuUsage();
    const timed = medianTime(() => inspectWorkbook(read, { fiscalYearStart: 1, defaultYear: 2027 }), 1, 3);
    const cpu = process.cpuUsage(cpuStart);
    const inspection = timed.last;
    const json = JSON.stringify(inspectJson('log.csv', inspection), null, 2);
    const mb = Buffer.byteLength(json) / 1_000_000;
    const table = inspection.tables[0];
    return {
      rows: ROWS,
      verdict: table?.verdict ?? 'no table',
      'excluded rows': table?.excluded.length ?? 0,
      'inspect ms (median of 3)': round(timed.ms, 1),
      'inspect cpu ms (mean of 4)': round((cpu.user + cpu.system) / 1000 / 4, 1),
      'json MB': round(mb, 3),
      'budget ms': BUDGET_MS,
      'budget MB': BUDGET_MB,
      'within budget': timed.ms <= BUDGET_MS && mb <= BUDGET_MB ? 'yes' : 'NO',
    };
  },
};
export default benchmark;
