import { createPlanImporter } from '../../core/index.js';
import { createGovernanceService } from '../../core/index.js';
import type { GovernanceService } from '../../core/index.js';
import { readWorkbookFile } from '../../io/read-workbook-file.js';
import type { AppsScriptGlobals } from './apps-script-api.js';
import { sheetsIdentity } from './sheets-identity.js';
import { SheetsWorkbook } from './sheets-workbook.js';
import { ensureTextDecoder } from './text-decoder.js';

/** The one place where core, port and Apps Script meet on the server. */
export function composeService(
  gas: AppsScriptGlobals,
  clock: () => Date = () => new Date(),
): GovernanceService {
  return createGovernanceService({
    port: new SheetsWorkbook(gas),
    clock,
    identity: sheetsIdentity(gas),
    // Given directly, not loaded on first use: the server runs on a synchronous Promise and has
    // no chunks to load, so the import code is part of Code.js anyway.
    importer: createPlanImporter(),
    // Uploaded plans and exports (xlsx, ods, csv…) are read on the server by the same reader as elsewhere.
    readSourceFile: (fileName, bytes) => {
      ensureTextDecoder(gas.Utilities);
      return readWorkbookFile(fileName, bytes);
    },
  });
}
