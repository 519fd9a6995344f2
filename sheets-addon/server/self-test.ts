import { isScratchSheet, runSelfTest, type SelfTestReport } from '../../core/index.js';
import { version } from '../../package.json';
import type { AppsScriptGlobals } from './apps-script-api.js';
import { countingGlobals } from './counting-globals.js';
import { NATIVE_BUILT_INS } from './native-built-ins.js';
import { settleNow } from './settle-now.js';
import { SheetsWorkbook } from './sheets-workbook.js';

/** What the sidebar tells the server about where it runs. */
export interface SelfTestClient {
  userAgent: string;
}

/**
 * Settings › Diagnostics on the server: the whole self-test in one execution (one google.script.run
 * round trip from the sidebar), under the document lock like every write, counting SpreadsheetApp
 * calls as round trips. The report lists which newer built-ins this Apps Script has natively.
 */
export function runSheetsSelfTest(gas: AppsScriptGlobals, client: SelfTestClient): SelfTestReport {
  const counted = countingGlobals(gas);
  const book = () => counted.gas.SpreadsheetApp.getActiveSpreadsheet();
  const lock = gas.LockService.getDocumentLock();
  if (!lock || !lock.tryLock(20_000))
    throw new Error(
      'Another PlanGate action is saving to this spreadsheet: run the self-test again in a moment.',
    );
  try {
    return settleNow(
      runSelfTest({
        environment: {
          host: 'Google Sheets',
          version: 'Apps Script V8',
          platform: client.userAgent,
          addinVersion: version,
          requirementSets: Object.fromEntries(
            Object.entries(NATIVE_BUILT_INS).map(([name, has]) => [`${name} (native)`, has]),
          ),
        },
        live: new SheetsWorkbook(counted.gas, isScratchSheet),
        roundTrips: counted.calls,
        elapsed: () => Date.now(),
        now: () => new Date(),
        removeSheets: (names) => {
          const spreadsheet = book();
          for (const sheet of spreadsheet.getSheets())
            if (names.includes(sheet.getName()) && isScratchSheet(sheet.getName()))
              spreadsheet.deleteSheet(sheet);
          return Promise.resolve();
        },
      }),
    );
  } finally {
    lock.releaseLock();
  }
}
