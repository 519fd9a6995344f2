import type { Mapping } from '../model/mapping.js';
import { classifyRows, type Classification } from './classify-rows.js';
import { profileColumn, type ColumnProfile } from './column-profile.js';
import { findHeaderRow } from './find-header-row.js';
import type { ImportSource } from './imported-plan.js';
import { proposeMapping, type Proposal } from './propose-mapping.js';
import { resolvePeriods, type ResolvedPeriods } from './resolve-periods.js';
import { SheetView } from './sheet-view.js';
import { frameTable, type TableFrame } from './table-frame.js';

/** Everything found out about one sheet's table. */
export interface TableAnalysis {
  view: SheetView;
  frame: TableFrame;
  profiles: Map<number, ColumnProfile>;
  periods: ResolvedPeriods;
  proposal: Proposal;
  classification: Classification;
}

export function sheetView(read: ImportSource, sheet: string): SheetView | null {
  const grid = read.grids[sheet];
  return grid ? new SheetView(sheet, grid, read.merges?.[sheet] ?? [], read.hints?.[sheet] ?? {}) : null;
}

function profilesOf(view: SheetView, frame: TableFrame): Map<number, ColumnProfile> {
  const profiles = new Map<number, ColumnProfile>();
  for (let c = frame.left; c <= frame.right; c++)
    profiles.set(c, profileColumn(view, c, frame.firstRow, frame.lastRow));
  return profiles;
}

/** Find the table in a sheet and propose its mapping; null when the sheet has no table. */
export function analyzeSheet(
  view: SheetView,
  fiscalYearStart: number,
  fallbackYear: number,
): TableAnalysis | null {
  const header = findHeaderRow(view);
  if (!header) return null;
  const frame = frameTable(view, header.row);
  const profiles = profilesOf(view, frame);
  const periods = resolvePeriods(frame, fiscalYearStart, fallbackYear);
  const proposal = proposeMapping(view, frame, profiles, periods);
  // Classified exactly as a conversion with the proposed mapping will be, so preview and result agree.
  const analyzed = analyzeWithMapping(view, proposal.mapping);
  proposal.labelColumns = analyzed.labelColumns;
  return {
    view,
    frame: analyzed.frame,
    profiles,
    periods,
    proposal,
    classification: analyzed.classification,
  };
}

/**
 * Classify a sheet's rows under a mapping the user confirmed (which may differ from the
 * proposal): the header row and columns come from the mapping, group labels from the sheet.
 */
export function analyzeWithMapping(
  view: SheetView,
  mapping: Mapping,
): { frame: TableFrame; classification: Classification; labelColumns: number[] } {
  const headerRow = Math.max(0, Math.min(view.height - 1, mapping.headerRow - 1));
  const frame = frameTable(view, headerRow);
  const mapped = new Set([
    ...Object.values(mapping.fields).map((f) => f.column),
    ...mapping.periodColumns.map((p) => p.column),
  ]);
  for (const c of mapped) {
    if (c < frame.left) frame.left = c;
    if (c > frame.right) frame.right = c;
  }
  const labelColumns: number[] = [];
  const nameCol = mapping.fields.name?.column;
  for (let c = frame.left; c <= frame.right; c++) {
    if (mapped.has(c) && c !== nameCol) continue;
    if ((frame.headers[c] ?? '') !== '' && c !== mapping.fields.program?.column) continue;
    const profile = profileColumn(view, c, frame.firstRow, frame.lastRow);
    if (profile.texts > 0 && profile.numbers <= profile.texts && c !== nameCol) labelColumns.push(c);
  }
  // The program column of a two-level label layout (groups left of the names) labels groups of rows.
  const programCol = mapping.fields.program?.column;
  if (
    programCol !== undefined &&
    nameCol !== undefined &&
    programCol === nameCol - 1 &&
    !labelColumns.includes(programCol)
  ) {
    const header = frame.headers[nameCol] ?? '';
    if (header === '' || header === (frame.headers[programCol] ?? '')) labelColumns.push(programCol);
  }
  const classification = classifyRows(view, frame, mapping, labelColumns);
  return { frame, classification, labelColumns };
}
