import {
  createGovernanceService,
  createPlanImporter,
  declaredIdentity,
  PlanGateError,
  type GovernanceService,
  type PlanImporterOptions,
  type ReadSourceFile,
  type WorkbookPort,
} from '../core/index.js';
import type { FileWorkbookRead } from '../io/read-workbook-file.js';
import { readBounded } from './bounded-read.js';
import type { CliContext } from './cli-context.js';
import { CliError, EXIT } from './exit-codes.js';

/** The one place the command line composes the core: the same service every host uses, over a file. */
export function openService(
  file: WorkbookPort,
  ctx: CliContext,
  importer: PlanImporterOptions = {},
  readSourceFile: ReadSourceFile = readBounded,
): GovernanceService {
  return createGovernanceService({
    port: file,
    clock: ctx.now,
    identity: declaredIdentity(ctx.actor),
    readSourceFile,
    importer: createPlanImporter(importer),
  });
}

/** A reader that hands back files the command already read (by name) and reads others bounded. */
export function alreadyRead(reads: ReadonlyMap<string, FileWorkbookRead>): ReadSourceFile {
  return (fileName, bytes) => {
    const known = reads.get(fileName);
    return known ? Promise.resolve(known) : readBounded(fileName, bytes);
  };
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
