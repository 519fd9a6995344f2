import { SHEETS } from '../model/sheets.js';
import { gridStamp } from '../port/grid-stamp.js';
import type { SheetWrite, WorkbookRead } from '../contract/workbook-port.js';

/** The sheets people edit by hand between a read and a write: their replace writes are checked. */
const GUARDED: ReadonlySet<string> = new Set([SHEETS.register, SHEETS.plan, SHEETS.forecast, SHEETS.actual]);

/**
 * Stamp each replace write of PG Register and the series sheets with what the use case read, so
 * the port refuses it when someone changed the sheet meanwhile (no lost edits). Costs no extra
 * round trip: the adapter compares within its write.
 */
export function guardWrites(read: WorkbookRead, sheets: SheetWrite[]): SheetWrite[] {
  return sheets.map((write) =>
    write.mode === 'replace' && GUARDED.has(write.sheet) && write.expectedStamp === undefined
      ? { ...write, expectedStamp: gridStamp(read.grids[write.sheet]) }
      : write,
  );
}
