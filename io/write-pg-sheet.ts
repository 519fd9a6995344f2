import type ExcelJS from 'exceljs';
import { cellAddress, columnLetter, type Grid } from '../core/index.js';
import type { SheetLayout } from '../core/index.js';
import { cellNumberFormat, TEXT_FORMAT } from '../core/index.js';
import { xlsxColumnFormats } from './xlsx-number-formats.js';

const HEADER_FILL = 'FFD9E1F2';
const COMPUTED_FILL = 'FFD9D9D9';
/** Excel keeps list validations written inline to 255 characters. */
const INLINE_LIST_LIMIT = 255;

const argb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase()}`;

/** Notes a writer wants the user to see (features the file format or library cannot carry). */
export type WriteNotes = string[];

/**
 * Fill an empty worksheet with a PG sheet's rows and apply its layout: bold frozen header rows,
 * column widths and number formats (money in the register's currency), data-validation lists,
 * conditional fills, a table (or a filter when the headers cannot name table columns) and
 * protection. Charts are reported in `notes`: exceljs cannot write them.
 */
export function writePgSheet(
  ws: ExcelJS.Worksheet,
  rows: Grid,
  layout: SheetLayout | undefined,
  currency: string,
  notes: WriteNotes,
): void {
  const table = layout && tableFits(layout, rows) ? layout.tableName : undefined;
  if (table) {
    ws.addTable({
      name: table,
      ref: 'A1',
      headerRow: true,
      style: { theme: 'TableStyleLight1', showRowStripes: true },
      columns: rows[0].map((h) => ({ name: String(h), filterButton: true })),
      rows: rows.slice(1).map((row) => rows[0].map((_, c) => row[c] ?? null)),
    });
  } else {
    for (const row of rows) ws.addRow(row);
  }
  if (!layout) return;
  const width = Math.max(layout.columns.length, ...rows.map((r) => r.length), 1);
  const last = Math.max(rows.length, layout.headerRows);
  const header = layout.headerRows;
  const formats = xlsxColumnFormats(layout, width, currency);

  layout.columns.forEach((spec, c) => {
    const column = ws.getColumn(c + 1);
    if (spec.width) column.width = spec.width;
    // The same rule as the add-ins: strings stay text (`2027-01`, `007`), other cells take the column's format.
    for (let r = header + 1; r <= last; r++) {
      ws.getCell(r, c + 1).numFmt = cellNumberFormat(rows[r - 1]?.[c] ?? null, formats[c]);
    }
    const list = listValidation(spec.validation);
    // One validation over the column's data range, not one per cell: Excel stores it as one rule.
    if (list && last > header) {
      const letter = columnLetter(c);
      (
        ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }
      ).dataValidations.add(`${letter}${header + 1}:${letter}${last}`, list);
    }
  });

  for (let r = 1; r <= header; r++) {
    for (let c = 1; c <= width; c++) {
      const cell = ws.getCell(r, c);
      const computed = layout.columns[c - 1]?.computed === true;
      cell.font = { bold: true };
      cell.numFmt = TEXT_FORMAT;
      cell.fill = {
        type: 'pattern',
        pattern: 'solid',
        fgColor: { argb: computed ? COMPUTED_FILL : HEADER_FILL },
      };
      if (computed && r === header) cell.note = 'Computed by PlanGate: overwritten on every refresh.';
    }
  }
  if (header > 0) ws.views = [{ state: 'frozen', ySplit: header, xSplit: 0 }];

  let priority = 0;
  if (layout.conditional && rows.length > header) {
    for (const rule of layout.conditional) {
      const col = columnLetter(rule.column);
      ws.addConditionalFormatting({
        ref: `${col}${header + 1}:${col}${last}`,
        rules: [
          {
            type: 'cellIs',
            operator: 'equal',
            formulae: [`"${rule.equals.replace(/"/g, '""')}"`],
            priority: (priority += 1),
            style: {
              fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(rule.fill) } },
              ...(rule.fontColor ? { font: { color: { argb: argb(rule.fontColor) } } } : {}),
            },
          },
        ],
      });
    }
  }

  if (!table && header > 0 && rows.length > header) {
    const range = `A${header}:${cellAddress(last - 1, width - 1)}`;
    ws.autoFilter = range;
  }

  if (layout.protection === 'warning') {
    void ws.protect('', {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      autoFilter: true,
      sort: true,
    });
  }

  if (layout.charts && layout.charts.length > 0) {
    const titles = layout.charts.map((c) => c.title).join(', ');
    notes.push(
      `${ws.name}: charts (${titles}) are not in this file — the command line cannot write native charts; the tables they chart are.`,
    );
    ws.getCell(1, 1).note =
      `Charts not included: ${titles}. Files written by the PlanGate command line hold the figures; insert a chart over the tables, or open the workbook with the PlanGate add-in to have them drawn.`;
  }
}

/** A table needs one header row of distinct, non-blank names and at least one data row. */
function tableFits(layout: SheetLayout, rows: Grid): boolean {
  if (!layout.tableName || layout.headerRows !== 1 || rows.length < 2) return false;
  const names = rows[0].map((h) => (typeof h === 'string' ? h.trim().toLowerCase() : ''));
  return names.every((n) => n !== '') && new Set(names).size === names.length;
}

/** A drop-down list rule, or null when the list cannot be written inline (commas, over 255 characters). */
function listValidation(values: readonly string[] | undefined): ExcelJS.DataValidation | null {
  if (!values || values.length === 0) return null;
  const list = values.join(',');
  if (list.length > INLINE_LIST_LIMIT || values.some((v) => v.includes(',') || v.includes('"'))) return null;
  return {
    type: 'list',
    allowBlank: true,
    formulae: [`"${list}"`],
    showErrorMessage: true,
    errorTitle: 'Not in the list',
    error: `Choose one of: ${values.join(', ')}`,
  };
}
