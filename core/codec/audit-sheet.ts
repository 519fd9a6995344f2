import { AUDIT_ACTIONS, type AuditAction, type AuditEvent, type IdentityKind } from '../model/audit.js';
import { cellAddress, type CellProblem, type CellValue, type Grid } from '../model/cell.js';
import { SHEETS } from '../model/sheets.js';
import type { SheetLayout, SheetWrite } from '../contract/workbook-port.js';
import { findHeaderRow, headerKey, isBlankRow } from './header-key.js';

const SHEET = SHEETS.audit;

type AuditField = Exclude<keyof AuditEvent, never>;

/** PG Audit's columns, in order; the header texts are the contract. */
export const AUDIT_COLUMNS: readonly { header: string; field: AuditField; width: number }[] = [
  { header: 'Time', field: 'time', width: 24 },
  { header: 'Actor', field: 'actor', width: 22 },
  { header: 'Identity', field: 'identity', width: 10 },
  { header: 'Action', field: 'action', width: 10 },
  { header: 'Initiative', field: 'initiative', width: 12 },
  { header: 'From', field: 'from', width: 14 },
  { header: 'To', field: 'to', width: 14 },
  { header: 'Payload', field: 'payload', width: 60 },
  { header: 'Prev hash', field: 'prevHash', width: 20 },
  { header: 'Hash', field: 'hash', width: 20 },
];

export const AUDIT_LAYOUT: SheetLayout = {
  headerRows: 1,
  // Every cell is text: a host re-reading "2027-03-31T09:15:00.000Z" as a date would break the seal.
  columns: AUDIT_COLUMNS.map((c) => ({ kind: 'text', width: c.width })),
  protection: 'warning',
};

/** Cells verbatim: the seal hashes exactly what the sheet holds, so nothing is trimmed or re-read. */
function verbatim(cell: CellValue | undefined): string {
  return cell === null || cell === undefined ? '' : String(cell);
}

export interface AuditSheetDecode {
  events: AuditEvent[];
  /** Used rows of the sheet as read (header included): the `expectedRows` of the next append. */
  usedRows: number;
  /** 1-based PG Audit row of each event (blank rows are skipped, so not always index + 2). */
  eventRows: number[];
  problems: CellProblem[];
}

export function decodeAuditSheet(grid: Grid | undefined): AuditSheetDecode {
  const result: AuditSheetDecode = { events: [], usedRows: grid?.length ?? 0, eventRows: [], problems: [] };
  if (!grid || grid.length === 0) return result;
  const headerRow = findHeaderRow(grid, 'Hash');
  if (headerRow < 0) {
    result.problems.push({
      sheet: SHEET,
      cell: 'A1',
      message:
        'PG Audit has lost its header row (Time, Actor, … Hash): undo the change; the audit log cannot be read without it.',
    });
    return result;
  }
  const header = grid[headerRow] ?? [];
  const columnOf = new Map(
    AUDIT_COLUMNS.map((c) => [c.field, header.findIndex((h) => headerKey(h) === headerKey(c.header))]),
  );
  for (let r = headerRow + 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    if (isBlankRow(row)) continue;
    const get = (field: AuditField): string => {
      const col = columnOf.get(field) ?? -1;
      return col < 0 ? '' : verbatim(row[col]);
    };
    const action = get('action');
    if (!(AUDIT_ACTIONS as readonly string[]).includes(action)) {
      result.problems.push({
        sheet: SHEET,
        cell: cellAddress(r, columnOf.get('action') ?? 0),
        message: `"${action}" is not an audit action: the audit log was edited by hand; verification will name the broken event.`,
      });
    }
    // Kept even when odd, so verification sees the edit at its place in the chain.
    result.eventRows.push(r + 1);
    result.events.push({
      time: get('time'),
      actor: get('actor'),
      identity: get('identity') as IdentityKind,
      action: action as AuditAction,
      initiative: get('initiative'),
      from: get('from'),
      to: get('to'),
      payload: get('payload'),
      prevHash: get('prevHash'),
      hash: get('hash'),
    });
  }
  return result;
}

export function auditRow(event: AuditEvent): CellValue[] {
  return AUDIT_COLUMNS.map((c) => event[c.field]);
}

/**
 * New events for PG Audit: appended below what the use case read (refused by the port when
 * someone appended meanwhile), or the whole sheet with its header when it does not exist yet.
 */
export function encodeAuditAppend(events: readonly AuditEvent[], usedRowsSeen: number): SheetWrite {
  if (usedRowsSeen === 0) {
    return {
      sheet: SHEET,
      mode: 'replace',
      rows: [AUDIT_COLUMNS.map((c) => c.header), ...events.map(auditRow)],
      layout: AUDIT_LAYOUT,
    };
  }
  return { sheet: SHEET, mode: 'append', rows: events.map(auditRow), expectedRows: usedRowsSeen };
}

/** The whole log, for a fresh workbook or a round trip. */
export function encodeAuditSheet(events: readonly AuditEvent[]): SheetWrite {
  return encodeAuditAppend(events, 0);
}
