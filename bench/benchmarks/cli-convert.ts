/**
 * `plangate convert` of a generated 10k-initiative × 12-month plan, in process and step by step:
 * read the CSV, inspect, convert (detection + merge + audit seal), refresh (metrics, computed
 * columns, PG Portfolio), write the .xlsx, and read the written file back. One run: the steps
 * take seconds, and the split shows where the time goes.
 */
import { createPlanImporter } from '../../core/index.js';
import { createGovernanceService } from '../../core/index.js';
import { declaredIdentity } from '../../core/index.js';
import { FileWorkbook } from '../../io/file-workbook.js';
import { readWorkbookFile } from '../../io/read-workbook-file.js';
import { megabytes, round, type Benchmark } from '../benchmark.js';

const INITIATIVES = 10_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A plan as a finance team exports it: title line, header, one row per campaign, a totals row. */
function planCsv(): string {
  const lines = [
    'Marketing plan 2027',
    `Campaign,Program,Owner,Keys,${MONTHS.map((m) => `${m} 2027`).join(',')},Total`,
  ];
  const totals = new Array<number>(12).fill(0);
  for (let i = 0; i < INITIATIVES; i++) {
    const values = MONTHS.map((_, m) => ((i * 7919 + m * 104729) % 5000) + 100);
    values.forEach((v, m) => (totals[m] += v));
    lines.push(
      `Campaign ${i + 1},Program ${(i % 12) + 1},Owner ${(i % 97) + 1},CRM-${i + 1},${values.join(',')},${values.reduce((a, b) => a + b, 0)}`,
    );
  }
  lines.push(`Total,,,,${totals.join(',')},${totals.reduce((a, b) => a + b, 0)}`);
  return lines.join('\n');
}

const benchmark: Benchmark = {
  name: 'cli-convert',
  async run() {
    const bytes = new TextEncoder().encode(planCsv());
    // CPU time next to wall time: on a busy machine the wall clock mostly measures waiting.
    const cpuStart = process.cpuUsage();
    const times: Record<string, number> = {};
    const step = async <T>(name: string, fn: () => Promise<T> | T): Promise<T> => {
      const start = performance.now();
      const result = await fn();
      times[name] = round(performance.now() - start, 0);
      return result;
    };
    const file = await step('readMs', () => FileWorkbook.open('plan.csv', bytes));
    const importer = createPlanImporter();
    const inspection = await step('inspectMs', () =>
      importer.inspect(file.source, { sourceName: 'plan.csv', fiscalYearStart: 1 }),
    );
    const table = inspection.tables.find((t) => t.verdict === 'plan');
    if (!table)
      throw new Error(`The generated plan was not recognised: ${inspection.error ?? 'no plan table'}`);
    const service = createGovernanceService({
      port: file,
      clock: () => new Date('2027-04-01T00:00:00Z'),
      identity: declaredIdentity('Bench'),
      importer,
    });
    const report = await step('convertMs', () =>
      service.convert({ kind: 'sheet', sheet: table.mapping.sheet }, table.mapping),
    );
    await step('refreshMs', () => service.refresh());
    const written = await step('writeXlsxMs', () => file.toXlsx('EUR'));
    const reread = await step('rereadMs', () => readWorkbookFile('register.xlsx', written.bytes));
    const total = Object.values(times).reduce((a, b) => a + b, 0);
    return {
      initiatives: report.counts.added,
      periods: table.periods.length,
      ...times,
      totalMs: round(total, 0),
      cpuMs: cpuMs(cpuStart),
      xlsxMB: megabytes(written.bytes.byteLength),
      sheetsWritten: reread.sheetNames.length,
    };
  },
};

export default benchmark;

function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return round((used.user + used.system) / 1000, 0);
}
