import { basename, resolve } from 'node:path';
import type { ActualsResult } from '../../core/index.js';
import { isPeriod, SHEETS } from '../../core/index.js';
import { readBounded } from '../bounded-read.js';
import { actualsJson, printActuals } from '../actuals-output.js';
import type { Command, OptionValues } from '../command.js';
import type { CliContext } from '../cli-context.js';
import { CliError, EXIT, usageError } from '../exit-codes.js';
import { lockFiles } from '../file-lock.js';
import { openWorkbook, readInput, toBase64, unreadable, writeOutput } from '../files.js';
import { keepUserSheets } from '../keep-user-sheets.js';
import { printReadNotes } from '../read-notes.js';
import { alreadyRead, call, openService } from '../open-service.js';

function text(values: OptionValues, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

export const actualsCommand: Command = {
  name: 'actuals',
  summary: 'book a CRM/ERP export as actuals into a register',
  help: `Usage: plangate actuals REGISTER.xlsx EXPORT -o OUT.xlsx [--spread plan | --period YYYY-MM] [--key H] [--date H] [--amount H] [--json]

Matches each row of EXPORT (Salesforce, HubSpot, SAP, Google Ads… as .csv, .xlsx or .ods, long
with one row per key/date/amount or wide with one column per month) to an initiative by its ID or
a Keys entry, sums per period and writes PG Actual into OUT.xlsx. For every initiative the export
names, the periods it covers are replaced, never added to: importing the same export twice
changes nothing. Rows that match no initiative or two, totals rows, lost deals, rows in another
currency or outside the register's periods are listed with their row numbers; each warning
names the export's sheet and cell and says what to do. An import that takes an initiative's
estimate at completion past 1.5 × its plan total is warned about (it is still booked).

Options:
  -o, --output OUT.xlsx   where to write the updated register (may be REGISTER.xlsx itself)
  --spread plan           book rows without a date (e.g. an "All time" or year total) over each
                          initiative's plan months up to the as-of date, in proportion to its plan
  --period YYYY-MM        book every amount in this one period (an export of that period only)
  --key H                 the export column holding IDs or keys (default: detected)
  --date H                the export column holding dates or months (default: detected)
  --amount H              the export column holding the amounts (default: detected)
  --sheet S               the export sheet to read (default: the one naming most initiatives)
  --all-stages            book every CRM row, not only won deals
  --json                  print what was booked, left out and warned about as JSON (shape in cli/README.md)
  --as NAME               who is acting, for the audit log
  -h, --help              show this help

Exit codes: 0 booked (or nothing changed) · 1 nothing could be booked · 2 usage · 3 unreadable file`,
  options: {
    output: { type: 'string', short: 'o' },
    period: { type: 'string' },
    spread: { type: 'string' },
    key: { type: 'string' },
    date: { type: 'string' },
    amount: { type: 'string' },
    sheet: { type: 'string' },
    'all-stages': { type: 'boolean' },
    json: { type: 'boolean' },
  },
  positionals: { min: 2, max: 2, names: 'a REGISTER.xlsx and an EXPORT file' },
  async run(values, [registerPath, exportPath], ctx) {
    const output = text(values, 'output');
    if (!output) throw usageError('plangate actuals needs an output file: -o OUT.xlsx.', 'actuals');
    // The register stays locked from before it is read until the new one is in place.
    const locks = await lockFiles([registerPath, output]);
    try {
      return await bookActuals(values, registerPath, exportPath, output, ctx, locks.assertHeld);
    } finally {
      await locks.release();
    }
  },
};

async function bookActuals(
  values: OptionValues,
  registerPath: string,
  exportPath: string,
  output: string,
  ctx: CliContext,
  assertLocked: () => void,
): Promise<number> {
  const period = text(values, 'period');
  if (period !== undefined && !isPeriod(period))
    throw usageError(
      `--period ${String(period)} is not a period: write a month as 2027-03 or a quarter as 2027-Q1.`,
      'actuals',
    );
  const spread = text(values, 'spread');
  if (spread !== undefined && spread !== 'plan')
    throw usageError(`--spread ${spread} is not known: the one way to spread is --spread plan.`, 'actuals');
  if (spread !== undefined && period !== undefined)
    throw usageError(
      '--spread plan and --period both say where dateless amounts go: give one of them.',
      'actuals',
    );
  ctx.progress(`Reading ${registerPath}…`);
  const { file } = await openWorkbook(registerPath);
  if (!file.source.sheetNames.includes(SHEETS.register)) {
    throw new CliError(
      EXIT.findings,
      `${registerPath} holds no register (it has no ${SHEETS.register} sheet), so no actuals can be booked into it. The register comes first: plangate actuals REGISTER.xlsx EXPORT -o OUT.xlsx; make one with plangate convert PLAN -o REGISTER.xlsx.`,
    );
  }
  const exportBytes = readInput(exportPath);
  const exportName = basename(exportPath);
  ctx.progress(`Reading ${exportPath}…`);
  const exportRead = await readBounded(exportName, exportBytes).catch((error: unknown) => {
    throw unreadable(exportPath, error);
  });
  printReadNotes(exportRead, ctx);
  const seen: { result: ActualsResult | null } = { result: null };
  const options = {
    ...(text(values, 'sheet') !== undefined ? { sheet: text(values, 'sheet') } : {}),
    ...(text(values, 'key') !== undefined ? { keyColumn: text(values, 'key') } : {}),
    ...(text(values, 'date') !== undefined ? { periodColumn: text(values, 'date') } : {}),
    ...(text(values, 'amount') !== undefined ? { amountColumn: text(values, 'amount') } : {}),
    ...(period !== undefined ? { period: period } : {}),
    ...(spread === 'plan' ? { spread: 'plan' as const } : {}),
    wonOnly: values['all-stages'] !== true,
  };
  const service = openService(
    file,
    ctx,
    { actuals: options, onActuals: (r) => (seen.result = r) },
    alreadyRead(new Map([[exportName, exportRead]])),
  );
  ctx.progress(`Matching ${exportPath}…`);
  const report = await call(
    service.importActuals({
      kind: 'file',
      fileName: exportName,
      content: toBase64(exportBytes),
    }),
    exportPath,
  );
  const { currency } = await call(service.settings(), registerPath);
  const mapping = seen.result?.mapping ?? null;
  const json = values.json === true;
  const finish = (written: string | null, notes: string[]): void => {
    if (json)
      ctx.out(
        JSON.stringify(
          actualsJson(report, mapping, { registerPath, exportPath, written, currency, notes }),
          null,
          2,
        ),
      );
  };
  if (!json) printActuals(report, mapping, currency, ctx);
  if (report.unchanged && resolve(output) === resolve(registerPath)) {
    if (!json) ctx.out(`Nothing changed: ${output} was left as it was.`);
    finish(null, []);
    return EXIT.ok;
  }
  await call(service.refresh(), registerPath);
  ctx.progress(`Writing ${output}…`);
  const { bytes, notes, lost } = await file.toXlsx(currency);
  keepUserSheets(lost, registerPath, output, notes);
  assertLocked();
  writeOutput(output, bytes);
  if (!json) {
    for (const note of notes) ctx.out(`Note: ${note}`);
    ctx.out(
      report.unchanged ? `Nothing changed; wrote ${output} as a copy of the register.` : `Wrote ${output}.`,
    );
  }
  finish(output, notes);
  return EXIT.ok;
}
