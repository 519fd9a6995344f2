import type { WorkbookRead } from '../contract/workbook-port.js';
import type { SourceRef } from '../contract/governance-service.js';
import { base64Bytes } from '../values/base64.js';
import { PlanGateError } from '../contract/plan-gate-error.js';
import type { ReadSourceFile } from '../contract/read-source-file.js';
import { isPlanGateSheet } from '../model/sheets.js';
import { loadRegister, type LoadedRegister } from './load-register.js';
import type { UseCaseDeps } from './use-case-deps.js';

export interface SourceAndRegister {
  loaded: LoadedRegister;
  source: WorkbookRead;
  sourceName: string;
}

/**
 * The register and the source of an import in the use case's one workbook read: a user sheet is
 * read together with the PG sheets; an uploaded file is decoded by the host's file reader.
 */
export async function readSourceAndRegister(
  deps: UseCaseDeps,
  ref: SourceRef,
  readSourceFile: ReadSourceFile | undefined,
): Promise<SourceAndRegister> {
  if (ref.kind === 'sheet') {
    if (isPlanGateSheet(ref.sheet)) {
      throw new PlanGateError(
        `"${ref.sheet}" is one of PlanGate's own sheets: choose the sheet that holds your plan.`,
      );
    }
    const loaded = await loadRegister(deps, [ref.sheet]);
    const grid = loaded.read.grids[ref.sheet];
    if (!grid) {
      throw new PlanGateError(
        `There is no sheet "${ref.sheet}" in this workbook: pick one of ${loaded.read.sheetNames.filter((s) => !isPlanGateSheet(s)).join(', ') || '(none)'}.`,
      );
    }
    return {
      loaded,
      source: { sheetNames: [ref.sheet], grids: { [ref.sheet]: grid } },
      sourceName: ref.sheet,
    };
  }
  if (!readSourceFile)
    throw new PlanGateError(
      'Opening files is not available here: open the plan as a sheet of this workbook instead.',
    );
  const bytes = base64Bytes(ref.content);
  if (!bytes)
    throw new PlanGateError(`${ref.fileName} arrived damaged (its content is not base64): upload it again.`);
  const loaded = await loadRegister(deps);
  let source: WorkbookRead;
  try {
    source = await readSourceFile(ref.fileName, bytes);
  } catch (error) {
    throw new PlanGateError(
      `${ref.fileName} could not be read: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return { loaded, source, sourceName: ref.fileName };
}
