import { isScratchSheet, runSelfTest } from '../../core/index.js';
import type { SelfTestEnvironment, SelfTestReport } from '../../core/index.js';
import { ExcelWorkbook, type ExcelRun } from '../excel-workbook.js';

/** What the add-in needs of Office to describe where it runs (`Office.context` in the pane). */
export interface OfficeFacts {
  diagnostics?: { version?: string; platform?: string | number };
  requirements?: { isSetSupported(name: string, version?: string): boolean };
}

/** The requirement sets the report lists: what the manifest needs, and NAA's optional one. */
const SETS: readonly [string, string][] = [
  ['ExcelApi', '1.9'],
  ['SharedRuntime', '1.1'],
  ['CustomFunctionsRuntime', '1.2'],
  ['NestedAppAuth', '1.1'],
  ['ExcelApiOnline', '1.1'],
];

export function excelEnvironment(office: OfficeFacts, addinVersion: string): SelfTestEnvironment {
  return {
    host: 'Excel',
    version: office.diagnostics?.version ?? 'unknown',
    platform: String(office.diagnostics?.platform ?? 'unknown'),
    addinVersion,
    requirementSets: Object.fromEntries(
      SETS.map(([name, version]) => [
        `${name} ${version}`,
        office.requirements?.isSetSupported(name, version) ?? false,
      ]),
    ),
  };
}

/**
 * The self-test against the live workbook through the add-in's own ExcelWorkbook, counting every
 * `context.sync` as a round trip. Scratch sheets are the only ones it may write or delete.
 */
export function excelSelfTest(
  run: ExcelRun,
  environment: SelfTestEnvironment,
  clock: { elapsed(): number; now(): Date } = { elapsed: () => performance.now(), now: () => new Date() },
): () => Promise<SelfTestReport> {
  return () => {
    let trips = 0;
    const counted: ExcelRun = (batch) =>
      run(async (context) => {
        const own = Object.prototype.hasOwnProperty.call(context, 'sync');
        const sync = context.sync.bind(context);
        context.sync = <T>(value?: T) => {
          trips++;
          return sync(value);
        };
        try {
          return await batch(context);
        } finally {
          // Excel.run's own closing flush is not the add-in's round trip.
          if (own) context.sync = sync;
          else delete (context as { sync?: unknown }).sync;
        }
      });
    return runSelfTest({
      environment,
      live: new ExcelWorkbook({ run: counted, owns: isScratchSheet }),
      roundTrips: () => trips,
      elapsed: () => clock.elapsed(),
      now: () => clock.now(),
      removeSheets: (names) =>
        counted(async (context) => {
          const sheets = context.workbook.worksheets.load('items/name');
          await context.sync();
          for (const sheet of sheets.items)
            if (names.includes(sheet.name) && isScratchSheet(sheet.name)) sheet.delete();
          await context.sync();
        }),
    });
  };
}
