import type { CallLog } from './call-log.js';

/** What sheets and ranges need from the spreadsheet around them. */
export interface FakeHost {
  readonly log: CallLog;
  timeZone(): string;
  /** The person the current execution runs as (owner of new protections, checked against editors). */
  currentUser(): string;
  /**
   * Cells every sheet of the spreadsheet holds (rows × columns of each grid, empty or not), for
   * Google's limit of 10,000,000 cells per spreadsheet ("Files you can store in Google Drive").
   */
  totalCells?(): number;
}

/** Google Sheets' limits: cells per spreadsheet, and characters per cell. */
export const SPREADSHEET_CELL_LIMIT = 10_000_000;
export const CELL_CHARACTER_LIMIT = 50_000;

export function growthRefused(host: FakeHost, added: number): void {
  const total = (host.totalCells?.() ?? 0) + added;
  if (total > SPREADSHEET_CELL_LIMIT)
    throw new Error(
      `This action would increase the number of cells in the workbook above the limit of ${SPREADSHEET_CELL_LIMIT} cells.`,
    );
}
