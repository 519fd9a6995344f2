import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { ImportedPlan } from '../../core/index.js';
import { SHEETS } from '../../core/index.js';
import type { MappingDto, MergeReportDto, SettingsDto, SourceRef, TableDto } from '../../core/index.js';
import type { FileWorkbook } from '../../io/file-workbook.js';
import type { CliContext } from '../cli-context.js';
import type { Command, OptionValues } from '../command.js';
import { CliError, EXIT, usageError } from '../exit-codes.js';
import { lockFiles } from '../file-lock.js';
import { openWorkbook, toBase64, writeOutput } from '../files.js';
import { fiscalStart } from '../fiscal-start.js';
import { plural } from '../format.js';
import { inspectFile } from '../inspect-file.js';
import { alreadyRead, call, openService } from '../open-service.js';
import { keepUserSheets } from '../keep-user-sheets.js';
import { printReadNotes } from '../read-notes.js';

function readMapping(path: string): MappingDto {
  if (!existsSync(path))
    throw new CliError(
      EXIT.unreadable,
      `${path}: no such mapping file. Save the mapping from 'plangate inspect --json' or the Convert pane first.`,
    );
  let mapping: unknown;
  try {
    mapping = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new CliError(
      EXIT.unreadable,
      `${path} is not valid JSON (${(error as Error).message}). Fix it or leave --mapping out to use the proposed mapping.`,
    );
  }
  const m = mapping as Partial<MappingDto> | null;
  if (
    !m ||
    typeof m.sheet !== 'string' ||
    typeof m.headerRow !== 'number' ||
    typeof m.fields !== 'object' ||
    !Array.isArray(m.periodColumns)
  ) {
    throw new CliError(
      EXIT.unreadable,
      `${path} is not a PlanGate mapping: it needs sheet, headerRow, layout, fields, periodColumns, series and scale (see cli/README.md).`,
    );
  }
  return { layout: 'wide', series: 'plan', scale: 1, ...m } as MappingDto;
}

/** The mapping to convert with: the user's file, or the inspection's proposal for the chosen sheet. */
async function chooseTable(
  opened: { file: FileWorkbook; bytes: Uint8Array },
  path: string,
  sheet: string | undefined,
  fiscalYearStart: number | undefined,
  ctx: CliContext,
): Promise<TableDto> {
  const inspection = await inspectFile(
    opened,
    path,
    {
      ...(sheet !== undefined ? { sheet } : {}),
      ...(fiscalYearStart !== undefined ? { fiscalYearStart } : {}),
    },
    ctx,
  );
  const plans = inspection.tables.filter((t) => t.verdict === 'plan');
  if (plans.length === 0 || inspection.error) {
    throw new CliError(
      EXIT.findings,
      inspection.error ??
        `${path}: no sheet holds a plan PlanGate can convert. Run 'plangate inspect ${path}' to see what was found.`,
    );
  }
  if (plans.length > 1) {
    ctx.err(
      `${path} holds plans in ${plans.length} sheets (${plans.map((p) => `'${p.sheet}'`).join(', ')}); converting '${plans[0].sheet}'. Choose another with --sheet.`,
    );
  }
  return plans[0];
}

function printReport(
  report: MergeReportDto,
  plan: ImportedPlan | null,
  tableWarnings: string[],
  ctx: CliContext,
): void {
  const c = report.counts;
  ctx.out(
    `${c.added} added · ${c.updated} updated · ${c.unchanged} unchanged · ${c.conflict} conflicts · ${c.skipped} skipped`,
  );
  for (const row of report.rows
    .filter((r) => r.outcome === 'conflict' || r.outcome === 'updated' || r.outcome === 'skipped')
    .slice(0, 20)) {
    ctx.out(`  ${row.outcome.padEnd(9)} ${row.id}  ${row.reason}`);
  }
  if (plan) {
    if (plan.excluded.length > 0)
      ctx.out(
        `${plural(plan.excluded.length, 'source row')} not imported (totals, sections, blanks): see 'plangate inspect'.`,
      );
    for (const w of new Set([...tableWarnings, ...plan.warnings, ...(report.warnings ?? [])]))
      ctx.out(`! ${w}`);
    for (const p of plan.problems.slice(0, 10)) ctx.out(`! ${p.sheet}!${p.cell}: ${p.message}`);
    if (plan.problems.length > 10)
      ctx.out(`! … and ${plan.problems.length - 10} more cells could not be read.`);
  } else {
    for (const w of report.warnings ?? []) ctx.out(`! ${w}`);
  }
}

export const convertCommand: Command = {
  name: 'convert',
  summary: 'turn a plan into a register workbook (.xlsx), or re-import it into one',
  help: `Usage: plangate convert FILE -o REGISTER.xlsx [--sheet S] [--mapping M.json] [--as NAME]

Reads the plan in FILE with the proposed mapping (or the one in M.json, as 'inspect --json' or
the Convert pane saved it) and writes REGISTER.xlsx: your sheets plus the PG sheets (register,
plan, forecast, actual, audit, settings, snapshots, portfolio). FILE itself is never changed.

If REGISTER.xlsx already holds a register, the plan is merged into it (re-import): new
initiatives are added, plans below the plan-freeze level are updated, frozen plans that differ
are reported as conflicts and left alone, and actuals, gates and sign-offs are never touched.
Importing the same plan twice changes nothing and leaves the file as it was.

Options:
  -o, --output REGISTER.xlsx   the register to write (required)
  --sheet S                    the sheet that holds the plan
  --mapping M.json             a confirmed mapping instead of the proposed one
  --currency CODE              the register's reporting currency (ISO code; default: the currency
                               the sheet names, for a new register, else EUR)
  --fiscal-year-start M        month (1–12) the fiscal year starts in, to read labels like Q1 FY27
  --as NAME                    who is acting, for the audit log (default: PLANGATE_USER or your login)
  -h, --help                   show this help

Exit codes: 0 converted · 1 no plan could be converted · 2 usage · 3 unreadable file`,
  options: {
    output: { type: 'string', short: 'o' },
    sheet: { type: 'string' },
    mapping: { type: 'string' },
    currency: { type: 'string' },
    'fiscal-year-start': { type: 'string' },
  },
  positionals: { min: 1, max: 1, names: 'one plan FILE' },
  async run(values, [path], ctx) {
    const output = values.output;
    if (typeof output !== 'string')
      throw usageError('plangate convert needs an output file: -o REGISTER.xlsx.', 'convert');
    // The register written stays locked from before it is read until the new one is in place.
    const locks = await lockFiles([output]);
    try {
      return await convertInto(values, path, output, ctx, locks.assertHeld);
    } finally {
      await locks.release();
    }
  },
};

async function convertInto(
  values: OptionValues,
  path: string,
  output: string,
  ctx: CliContext,
  assertLocked: () => void,
): Promise<number> {
  ctx.progress(`Reading ${path}…`);
  const { file: source, bytes } = await openWorkbook(path);
  printReadNotes(source.source, ctx);
  const sheet = typeof values.sheet === 'string' ? values.sheet : undefined;
  const currency = typeof values.currency === 'string' ? values.currency.trim().toUpperCase() : undefined;
  if (currency !== undefined && !/^[A-Z]{3}$/.test(currency)) {
    throw usageError(
      `--currency ${currency} is not a currency code: use the ISO code, e.g. EUR, USD, VND.`,
      'convert',
    );
  }
  const fiscalYearStart = fiscalStart(values['fiscal-year-start']);
  const table =
    typeof values.mapping === 'string'
      ? null
      : await chooseTable({ file: source, bytes }, path, sheet, fiscalYearStart, ctx);
  const mapping = table ? table.mapping : readMapping(values.mapping as string);

  // Re-import into an existing register file, or convert the source workbook itself.
  const sameFile = resolve(output) === resolve(path);
  let target = source;
  let ref: SourceRef = { kind: 'sheet', sheet: mapping.sheet };
  if (!sameFile && existsSync(output)) {
    const existing = (await openWorkbook(output)).file;
    if (existing.source.sheetNames.includes(SHEETS.register)) {
      target = existing;
      ref = { kind: 'file', fileName: basename(path), content: toBase64(bytes) };
    } else {
      ctx.err(`${output} exists but holds no register: it will be replaced by the new register.`);
    }
  }
  const seen: { plan: ImportedPlan | null } = { plan: null };
  const service = openService(
    target,
    ctx,
    { onPlan: (p) => (seen.plan = p) },
    alreadyRead(new Map([[basename(path), source.source]])),
  );
  // Settings the conversion depends on go first: fiscal labels are read with the fiscal year start.
  const settings: Partial<SettingsDto> = {
    ...(currency !== undefined ? { currency } : {}),
    ...(fiscalYearStart !== undefined ? { fiscalYearStart } : {}),
  };
  if (Object.keys(settings).length > 0) await call(service.saveSettings(settings), output);
  ctx.progress(`Converting '${mapping.sheet}'…`);
  // --currency says what the register reports in, over what the sheet names; the core warns
  // when the sheet names another.
  const confirmed = currency !== undefined ? { ...mapping, currency } : mapping;
  const report = await call(service.convert(ref, confirmed), path);
  printReport(report, seen.plan, table?.warnings ?? [], ctx);
  if (report.currency?.source === 'adopted' && currency === undefined) {
    ctx.out(
      `The sheet's amounts are in ${report.currency.code}, so the new register reports in ${report.currency.code}. Pass --currency CODE to choose another.`,
    );
  }
  if (report.wrote.length === 0 && Object.keys(settings).length === 0 && (target !== source || sameFile)) {
    ctx.out(`Nothing changed: ${output} was left as it was.`);
    return EXIT.ok;
  }
  const refreshed = await call(service.refresh(), output);
  ctx.progress(`Writing ${output}…`);
  const { bytes: written, notes, lost } = await target.toXlsx(refreshed.currency);
  keepUserSheets(lost, target === source ? path : output, output, notes);
  assertLocked();
  writeOutput(output, written);
  for (const note of notes) ctx.out(`Note: ${note}`);
  ctx.out(`Wrote ${output}: ${plural(refreshed.rows.length, 'initiative')}.`);
  return EXIT.ok;
}
