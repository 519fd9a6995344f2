import type { WorkbookPort } from '../contract/workbook-port.js';

/** What every use case needs: the workbook and the time. */
export interface UseCaseDeps {
  port: WorkbookPort;
  clock: () => Date;
}

export function todayOf(deps: UseCaseDeps): string {
  return deps.clock().toISOString().slice(0, 10);
}

export function nowOf(deps: UseCaseDeps): string {
  return deps.clock().toISOString();
}
