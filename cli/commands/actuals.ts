import { basename, resolve } from 'node:path';
import type { ActualsResult } from '../../core/actuals/actuals-types.js';

import { isPeriod } from '../../core/model/period.js';
import type { ActualsReportDto } from '../../core/service/governance-service.js';
import type { CliContext } from '../cli-context.js';
import type { Command, OptionValues } from '../command.js';
import { EXIT, usageError } from '../exit-codes.js';
import { openWorkbook, readInput, toBase64, writeOutput } from '../files.js';
import { money, plural } from '../format.js';
import { call, openService } from '../open-service.js';

function text(values: OptionValues, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

function printActuals(
  report: ActualsReportDto,
  result: ActualsResult | null,
  currency: string,
  ctx: CliContext,
): void {
  const m = result?.mapping;
  if (m) {
    const cols =
      m.layout === 'wide'
        ? `${m.periodColumns.length} period columns`
        : `date "${m.period?.header ?? '—'}", amount "${m.amount?.header ?? '—'}"`;
    ctx.out(
      `Sheet '${m.sheet}', header row ${m.headerRow}: key "${m.key.header}", ${cols}${m.stage ? `, only ${m.stage.header} = ${m.stage.won.join(' / ')}` : ''}`,
    );
  }
  const span =
    report.periods.length > 0
      ? `${report.periods[0]} … ${report.periods[report.periods.length - 1]}`
      : 'no periods';
  ctx.out(
    `${plural(report.matchedRows, 'row')} booked, ${money(report.total, currency)} over ${span}; ${plural(report.updatedInitiatives, 'initiative')} changed.`,
  );
  if (report.unmatched.length > 0) {
    ctx.out(
      `${plural(report.unmatched.length, 'row')} match no initiative (add the key to Keys in PG Register to book them):`,
    );
    for (const u of report.unmatched.slice(0, 10))
      ctx.out(`  row ${u.row}: "${u.key}" ${money(u.amount, currency)}`);
    if (report.unmatched.length > 10) ctx.out(`  … and ${report.unmatched.length - 10} more`);
  }
  if (report.ambiguous.length > 0) {
    ctx.out(
      `${plural(report.ambiguous.length, 'row')} match more than one initiative (give the key to one of them only):`,
    );
    for (const a of report.ambiguous.slice(0, 10))
      ctx.out(`  row ${a.row}: "${a.key}" → ${a.candidates.join(', ')}`);
  }
  if (result && result.excluded.length > 0) {
    const byReason = new Map<string, number[]>();
    for (const e of result.excluded) {
      const key = e.reason.replace(/"[^"]*"/g, '"…"');
      byReason.set(key, [...(byReason.get(key) ?? []), e.row]);
    }
    ctx.out(`${plural(result.excluded.length, 'row')} not booked:`);
    for (const [reason, rows] of byReason) {
      ctx.out(
        `  ${reason.padEnd(10)} rows ${rows.slice(0, 6).join(', ')}${rows.length > 6 ? ` … (${rows.length})` : ''}`,
      );
    }
  }
  for (const w of result?.warnings ?? []) ctx.out(`! ${w}`);
  for (const p of result?.problems.slice(0, 10) ?? []) ctx.out(`! ${p.sheet}!${p.cell}: ${p.message}`);
}

export const actualsCommand: Command = {
  name: 'actuals',
  summary: 'book a CRM/ERP export as actuals into a register',
  help: `Usage: plangate actuals REGISTER.xlsx EXPORT -o OUT.xlsx [--period YYYY-MM] [--key H] [--date H] [--amount H]

Matches each row of EXPORT (Salesforce, HubSpot, SAP, Google Ads… as .csv, .xlsx or .ods, long
with one row per key/date/amount or wide with one column per month) to an initiative by its ID or
a Keys entry, sums per period and writes PG Actual into OUT.xlsx. For every initiative the export
names, the periods it covers are replaced, never added to: importing the same export twice
changes nothing. Rows that match no initiative or two, totals rows, lost deals, rows in another
currency or outside the register's periods are listed with their row numbers.

Options:
  -o, --output OUT.xlsx   where to write the updated register (may be REGISTER.xlsx itself)
  --period YYYY-MM        book everything in this period (exports without dates, e.g. "All time")
  --key H                 the export column holding IDs or keys (default: detected)
  --date H                the export column holding dates or months (default: detected)
  --amount H              the export column holding the amounts (default: detected)
  --sheet S               the export sheet to read (default: the one naming most initiatives)
  --all-stages            book every CRM row, not only won deals
  --as NAME               who is acting, for the audit log
  -h, --help              show this help

Exit codes: 0 booked (or nothing changed) · 1 nothing could be booked · 2 usage · 3 unreadable file`,
  options: {
    output: { type: 'string', short: 'o' },
    period: { type: 'string' },
    key: { type: 'string' },
    date: { type: 'string' },
    amount: { type: 'string' },
    sheet: { type: 'string' },
    'all-stages': { type: 'boolean' },
  },
  positionals: { min: 2, max: 2, names: 'a REGISTER.xlsx and an EXPORT file' },
  async run(values, [registerPath, exportPath], ctx) {
    const output = text(values, 'output');
    if (!output) throw usageError('plangate actuals needs an output file: -o OUT.xlsx.', 'actuals');
    const period = text(values, 'period');
    if (period !== undefined && !isPeriod(period))
      throw usageError(
        `--period ${String(period)} is not a period: write a month as 2027-03 or a quarter as 2027-Q1.`,
        'actuals',
      );
    ctx.progress(`Reading ${registerPath}…`);
    const { file } = await openWorkbook(registerPath);
    const exportBytes = readInput(exportPath);
    const seen: { result: ActualsResult | null } = { result: null };
    const options = {
      ...(text(values, 'sheet') !== undefined ? { sheet: text(values, 'sheet') } : {}),
      ...(text(values, 'key') !== undefined ? { keyColumn: text(values, 'key') } : {}),
      ...(text(values, 'date') !== undefined ? { periodColumn: text(values, 'date') } : {}),
      ...(text(values, 'amount') !== undefined ? { amountColumn: text(values, 'amount') } : {}),
      ...(period !== undefined ? { period: period } : {}),
      wonOnly: values['all-stages'] !== true,
    };
    const service = openService(file, ctx, { actuals: options, onActuals: (r) => (seen.result = r) });
    ctx.progress(`Matching ${exportPath}…`);
    const report = await call(
      service.importActuals({
        kind: 'file',
        fileName: basename(exportPath),
        content: toBase64(exportBytes),
      }),
      exportPath,
    );
    const { currency } = await call(service.settings(), registerPath);
    printActuals(report, seen.result, currency, ctx);
    if (report.unchanged && resolve(output) === resolve(registerPath)) {
      ctx.out(`Nothing changed: ${output} was left as it was.`);
      return EXIT.ok;
    }
    await call(service.refresh(), registerPath);
    ctx.progress(`Writing ${output}…`);
    const { bytes, notes } = await file.toXlsx(currency);
    writeOutput(output, bytes);
    for (const note of notes) ctx.out(`Note: ${note}`);
    ctx.out(
      report.unchanged ? `Nothing changed; wrote ${output} as a copy of the register.` : `Wrote ${output}.`,
    );
    return EXIT.ok;
  },
};
