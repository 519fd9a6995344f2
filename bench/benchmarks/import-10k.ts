/**
 * Plan import: inspect + convert of a generated 10,000-row × 40-column plan (title rows, program
 * sections, subtotals, 24 months), and of the Bremen budget from the shared corpus (10,482 rows).
 * Budget (PRODUCT.md): ≤ 2 s for 10k rows × 40 columns.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { convertTable, inspectWorkbook, type ImportSource } from '../../core/index.js';
import type { CellValue, Grid } from '../../core/index.js';
import { readWorkbookFile } from '../../io/read-workbook-file.js';
import { medianTime, round, type Benchmark } from '../benchmark.js';
import { monthPeriods } from '../data/synthetic-register.js';

const ROWS = 10_000;
const BUDGET_MS = 2000;
const MONTHS = 24;
const PROGRAMS = [
  'Demand Generation',
  'Partner Marketing',
  'Customer Marketing',
  'Sales Enablement',
  'Brand',
];
const OWNERS = ['Anna Schmidt', 'Ben Carter', 'Chloé Martin', 'David Okafor', 'Elena Rossi', 'Farid Haddad'];

/** A deterministic plan the way people keep one: 12 descriptive columns, 24 months, 4 notes columns. */
export function generatedPlan(rows: number): ImportSource {
  const monthHeaders = monthPeriods('2026-01', MONTHS);
  const header = [
    'Campaign ID',
    'Campaign',
    'Owner',
    'Sponsor',
    'Controller',
    'KPI',
    'Target',
    'Start',
    'Due',
    'CRM Campaign IDs',
    'Status',
    'Last review',
    ...monthHeaders,
    'Region',
    'Channel',
    'Notes',
    'Agency',
  ];
  const width = header.length;
  const grid: Grid = [
    ['Marketing plan 2026–2027', ...new Array<CellValue>(width - 1).fill(null)],
    new Array<CellValue>(width).fill(null),
    header,
  ];
  let seed = 42;
  const random = (): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const perProgram = Math.ceil(rows / PROGRAMS.length);
  let id = 0;
  for (const program of PROGRAMS) {
    grid.push([program, ...new Array<CellValue>(width - 1).fill(null)]);
    const subtotal = new Array<number>(MONTHS).fill(0);
    for (let k = 0; k < perProgram && id < rows; k++, id++) {
      const months = Array.from({ length: MONTHS }, () => Math.round(random() * 200) * 100);
      months.forEach((v, i) => (subtotal[i] += v));
      grid.push([
        `MKT-${String(id).padStart(5, '0')}`,
        `Campaign ${id} ${program}`,
        OWNERS[id % OWNERS.length],
        'Maria López',
        'Jonas Keller',
        'Pipeline revenue',
        months.reduce((a, b) => a + b, 0),
        46023,
        46752,
        `CRM-${10_000 + id}`,
        ['Green', 'Amber', 'Red'][id % 3],
        46400 + (id % 60),
        ...months,
        ['North', 'South', 'East', 'West'][id % 4],
        'Paid',
        id % 7 === 0 ? 'Check with agency' : null,
        'Agency A',
      ]);
    }
    grid.push([
      null,
      `Subtotal ${program}`,
      ...new Array<CellValue>(10).fill(null),
      ...subtotal,
      null,
      null,
      null,
      null,
    ]);
  }
  return { sheetNames: ['Plan'], grids: { Plan: grid } };
}

function inspectAndConvert(read: ImportSource): { initiatives: number; total: number } {
  const inspection = inspectWorkbook(read, { fiscalYearStart: 1, defaultYear: 2027 });
  const table = inspection.tables.find((t) => t.verdict === 'plan');
  if (!table) throw new Error(inspection.error ?? 'no plan found');
  const plan = convertTable(read, table.mapping, { fiscalYearStart: 1, defaultYear: 2027 });
  let total = 0;
  for (const i of plan.initiatives) for (const v of i.plan) if (!Number.isNaN(v)) total += v;
  return { initiatives: plan.initiatives.length, total };
}

const BREMEN = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'shared',
  'corpus',
  'bremen_haushalt_2016_anschlag_soll_ist_de.xlsx',
);

/** Median wall time and the CPU time of the same runs: wall time suffers when other work shares the machine. */
function timeBoth(read: ImportSource): { ms: number; cpuMs: number; initiatives: number } {
  const cpuStart = process.cpuUsage();
  const timed = medianTime(() => inspectAndConvert(read), 1, 3);
  const cpu = process.cpuUsage(cpuStart);
  return { ms: timed.ms, cpuMs: (cpu.user + cpu.system) / 1000 / 4, initiatives: timed.last.initiatives };
}

const benchmark: Benchmark = {
  name: 'import-10k',
  async run() {
    const generated = generatedPlan(ROWS);
    const timed = timeBoth(generated);
    const figures: Record<string, number | string> = {
      'generated rows': ROWS,
      'generated columns': generated.grids['Plan'][2].length,
      'generated initiatives': timed.initiatives,
      'generated inspect+convert ms (median of 3)': round(timed.ms, 1),
      'generated inspect+convert cpu ms (mean of 4)': round(timed.cpuMs, 1),
      'budget ms': BUDGET_MS,
      'generated within budget': timed.ms <= BUDGET_MS ? 'yes' : 'NO',
    };
    if (existsSync(BREMEN)) {
      const bytes = new Uint8Array(readFileSync(BREMEN));
      const start = performance.now();
      const read = await readWorkbookFile('bremen.xlsx', bytes);
      const readMs = performance.now() - start;
      const bremen = timeBoth(read);
      figures['bremen read .xlsx ms'] = round(readMs, 1);
      figures['bremen initiatives'] = bremen.initiatives;
      figures['bremen inspect+convert ms (median of 3)'] = round(bremen.ms, 1);
      figures['bremen inspect+convert cpu ms (mean of 4)'] = round(bremen.cpuMs, 1);
      figures['bremen within budget'] = bremen.ms <= BUDGET_MS ? 'yes' : 'NO';
    } else {
      figures['bremen'] = 'skipped: ../shared/corpus is not beside the repository';
    }
    return figures;
  },
};

export default benchmark;
