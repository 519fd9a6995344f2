import type { InspectionDto, TableDto } from '../../core/index.js';
import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { fiscalStart } from '../fiscal-start.js';
import { openWorkbook } from '../files.js';
import { printReadNotes } from '../read-notes.js';
import { inspectFile } from '../inspect-file.js';
import { clip, percent, plural } from '../format.js';

/** `inspect --json`: the shape documented in cli/README.md. */
export interface InspectJson {
  file: string;
  tables: {
    sheet: string;
    headerRow: number;
    initiatives: number;
    periods: string[];
    mapping: Record<string, { header: string; confidence: number; reason: string }>;
    excluded: { row: number; reason: string }[];
    warnings: string[];
  }[];
  warnings: string[];
}

export function inspectJson(file: string, inspection: InspectionDto): InspectJson {
  return {
    file,
    tables: inspection.tables.map((t) => ({
      sheet: t.sheet,
      headerRow: t.headerRow,
      initiatives: t.initiatives,
      periods: t.periods,
      mapping: Object.fromEntries(
        Object.entries(t.mapping.fields).map(([field, m]) => [
          field,
          { header: m.header, confidence: m.confidence, reason: m.reason },
        ]),
      ),
      excluded: t.excluded,
      warnings: t.warnings,
    })),
    warnings: inspection.error ? [...inspection.warnings, inspection.error] : inspection.warnings,
  };
}

function describeTable(t: TableDto): string {
  const verdict =
    t.verdict === 'plan' ? 'a plan' : t.verdict === 'actuals' ? 'actuals, not a plan' : 'not a plan';
  const span =
    t.periods.length > 0
      ? `${plural(t.periods.length, 'period')} ${t.periods[0]} … ${t.periods[t.periods.length - 1]}`
      : 'no periods';
  const lines = [
    `Sheet '${t.sheet}', header row ${t.headerRow}: ${verdict} — ${plural(t.initiatives, 'initiative')}, ${span}, ${t.mapping.layout} layout`,
  ];
  for (const [field, m] of Object.entries(t.mapping.fields)) {
    lines.push(`  ${field.padEnd(22)} ← "${clip(m.header, 30)}" (${percent(m.confidence)}: ${m.reason})`);
  }
  if (t.mapping.scale !== 1)
    lines.push(`  values are multiplied by ${t.mapping.scale.toLocaleString('en-US')} (found in the sheet)`);
  if (t.currency) lines.push(`  amounts are in ${t.currency.plan} ('${clip(t.currency.from, 40)}')`);
  if (t.excluded.length > 0) {
    lines.push(`  ${plural(t.excluded.length, 'row')} left out:`);
    for (const e of t.excluded.slice(0, 8)) lines.push(`    row ${e.row}: ${e.reason}`);
    if (t.excluded.length > 8) lines.push(`    … and ${t.excluded.length - 8} more (see --json)`);
  }
  for (const w of t.warnings) lines.push(`  ! ${w}`);
  return lines.join('\n');
}

export const inspectCommand: Command = {
  name: 'inspect',
  summary: 'find the plan in a spreadsheet and show the proposed mapping',
  help: `Usage: plangate inspect FILE [--sheet S] [--json]

Finds the table in each sheet of FILE (.xlsx, .xlsm, .xls, .ods, .csv, .tsv), says which tables
are plans, and shows the proposed mapping of columns to register fields with a confidence and a
reason, the periods found and the rows left out (totals, sections, blanks). Nothing is written.

Options:
  --sheet S               inspect only sheet S
  --fiscal-year-start M   month (1–12) the fiscal year starts in, to read labels like Q1 FY27
  --json                  print the inspection as JSON (shape in cli/README.md)
  -h, --help              show this help

Exit codes: 0 a plan was found · 1 no plan could be found · 2 usage · 3 unreadable file`,
  options: { sheet: { type: 'string' }, json: { type: 'boolean' }, 'fiscal-year-start': { type: 'string' } },
  positionals: { min: 1, max: 1, names: 'one FILE' },
  async run(values, [path], ctx) {
    ctx.progress(`Reading ${path}…`);
    const opened = await openWorkbook(path);
    printReadNotes(opened.file.source, ctx);
    const sheet = typeof values.sheet === 'string' ? values.sheet : undefined;
    const fiscalYearStart = fiscalStart(values['fiscal-year-start']);
    const inspection = await inspectFile(
      opened,
      path,
      {
        ...(sheet !== undefined ? { sheet } : {}),
        ...(fiscalYearStart !== undefined ? { fiscalYearStart } : {}),
      },
      ctx,
    );
    const found = inspection.tables.some((t) => t.verdict === 'plan') && inspection.error === null;
    if (values.json) {
      ctx.out(JSON.stringify(inspectJson(path, inspection), null, 2));
    } else {
      ctx.out(`${path}`);
      for (const t of inspection.tables) ctx.out(describeTable(t));
      for (const w of inspection.warnings) ctx.out(`! ${w}`);
      if (inspection.error) ctx.err(inspection.error);
      if (found) {
        const plan = inspection.tables.find((t) => t.verdict === 'plan')!;
        ctx.out(`\nNext: plangate convert ${path} -o register.xlsx --sheet '${plan.sheet}'`);
      }
    }
    return found ? EXIT.ok : EXIT.findings;
  },
};
