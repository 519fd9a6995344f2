import { createPlanImporter, type PlanImporterOptions } from '../core/merge/create-plan-importer.js';
import { createGovernanceService } from '../core/service/create-governance-service.js';
import type { GovernanceService } from '../core/service/governance-service.js';
import { declaredIdentity } from '../core/service/identity-provider.js';
import { PlanGateError } from '../core/service/plan-gate-error.js';
import type { FileWorkbook } from '../io/file-workbook.js';
import type { FileWorkbookRead } from '../io/read-workbook-file.js';
import { readBounded } from './bounded-read.js';
import type { CliContext } from './cli-context.js';
import { CliError, EXIT } from './exit-codes.js';

/**
 * The one place the command line composes the core: the same service every host uses, over a
 * file. Source files the command already read (`read`, by file name) are not read again; others
 * are read in a worker with a time and memory bound.
 */
export function openService(
  file: FileWorkbook,
  ctx: CliContext,
  importer: PlanImporterOptions = {},
  read: ReadonlyMap<string, FileWorkbookRead> = new Map(),
): GovernanceService {
  return createGovernanceService({
    port: file,
    clock: ctx.now,
    identity: declaredIdentity(ctx.actor),
    readSourceFile: (fileName, bytes) => {
      const known = read.get(fileName);
      return known ? Promise.resolve(known) : readBounded(fileName, bytes);
    },
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
