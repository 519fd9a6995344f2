import type { WorkbookPort, WorkbookRead, WritePlan } from '../../core/contract/workbook-port.js';

/** Wraps any WorkbookPort and counts the calls a use case makes, so tests can hold it to one read and one write. */
export function countingPort(
  port: WorkbookPort,
): WorkbookPort & { reads: number; writes: number; reset(): void } {
  const counter = {
    reads: 0,
    writes: 0,
    read(sheets: readonly string[]): Promise<WorkbookRead> {
      counter.reads++;
      return port.read(sheets);
    },
    write(plan: WritePlan): Promise<void> {
      counter.writes++;
      return port.write(plan);
    },
    reset(): void {
      counter.reads = 0;
      counter.writes = 0;
    },
  };
  return counter;
}
