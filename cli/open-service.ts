import { createPlanImporter, type PlanImporterOptions } from '../core/service/create-plan-importer.js';
import { createGovernanceService } from '../core/service/create-governance-service.js';
import type { GovernanceService } from '../core/contract/governance-service.js';
import { declaredIdentity } from '../core/port/declared-identity.js';
import { PlanGateError } from '../core/contract/plan-gate-error.js';
import type { FileWorkbook } from '../io/file-workbook.js';
import { readWorkbookFile } from '../io/read-workbook-file.js';
import type { CliContext } from './cli-context.js';
import { CliError, EXIT } from './exit-codes.js';

/** The one place the command line composes the core: the same service every host uses, over a file. */
export function openService(
  file: FileWorkbook,
  ctx: CliContext,
  importer: PlanImporterOptions = {},
): GovernanceService {
  return createGovernanceService({
    port: file,
    clock: ctx.now,
    identity: declaredIdentity(ctx.actor),
    readSourceFile: readWorkbookFile,
    importer: createPlanImporter(importer),
  });
}

/** Run a service call; PlanGate's own refusals become findings (exit 1) with their message. */
export async function call<T>(what: Promise<T>, where: string): Promise<T> {
  try {
    return await what;
  } catch (error) {
    if (error instanceof PlanGateError) throw new CliError(EXIT.findings, `${where}: ${error.message}`);
    throw error;
  }
}
