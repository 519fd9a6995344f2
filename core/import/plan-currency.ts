import { cellAddress, type CellValue, type Grid } from '../model/cell.js';
import type { Mapping } from '../model/mapping.js';
import type { TableFrame } from './table-frame.js';

/** Currencies plan sheets name, by the words and signs they use. */
const CURRENCIES: [RegExp, string][] = [
  [/việt nam đồng|\bvnd\b|₫|\(đ\)/iu, 'VND'],
  [/€|\beur\b|\beuro\b/i, 'EUR'],
  [/£|\bgbp\b/i, 'GBP'],
  [/\bchf\b/i, 'CHF'],
  [/\busd\b|us\$/i, 'USD'],
];

export interface PlanCurrency {
  /** ISO 4217 code. */
  code: string;
  /** The text that names it, as the sheet shows it. */
  from: string;
  /** The header cell that names it (e.g. "C3"); absent when a title or note above the table does. */
  cell?: string;
}

function codeIn(text: string): string | null {
  for (const [pattern, code] of CURRENCIES) if (pattern.test(text)) return code;
  return null;
}

/** The value columns' headers with their cells: where a plan names the currency of its amounts. */
function valueHeaders(mapping: Mapping): { text: string; cell: string }[] {
  const columns = [
    ...mapping.periodColumns,
    mapping.fields.amount,
    mapping.fields.planTotal,
    mapping.fields.target,
  ];
  return columns
    .filter((c) => c !== undefined)
    .map((c) => ({ text: c.header, cell: cellAddress(mapping.headerRow - 1, c.column) }));
}

/** A currency named in the title rows or the headers of the value columns. */
export function detectCurrency(frame: TableFrame, mapping: Mapping): PlanCurrency | null {
  // The last context text is the sheet name: "USD" there is too weak a hint.
  for (const text of frame.context.slice(0, -1)) {
    const code = codeIn(text);
    if (code) return { code, from: text };
  }
  for (const { text, cell } of valueHeaders(mapping)) {
    const code = codeIn(text);
    if (code) return { code, from: text, cell };
  }
  return null;
}

/** Read access to the plan's sheet: a grid as read, or the import's sheet view. */
export interface PlanCells {
  cell(row0: number, col0: number): CellValue;
  width: number;
}

/** Rows above the header searched for a title naming the currency, as the inspection reads titles. */
const TITLE_ROWS = 8;

/**
 * The currency a plan's amounts are in, for a conversion: what a title or note above the header
 * names, else a value column's header, with its cell, as the inspection reads them; else the
 * mapping's own (typed by the user). The sheet's word wins over a currency chosen for the
 * register: a register in francs fed a plan titled "(USD)" is worth a warning.
 */
export function planCurrency(mapping: Mapping, sheet?: PlanCells): PlanCurrency | null {
  if (sheet) {
    const header0 = mapping.headerRow - 1;
    for (let r = Math.max(0, header0 - TITLE_ROWS); r < header0; r++) {
      for (let c = 0; c < sheet.width; c++) {
        const value = sheet.cell(r, c);
        const code = typeof value === 'string' ? codeIn(value) : null;
        if (code) return { code, from: String(value).trim(), cell: cellAddress(r, c) };
      }
    }
  }
  for (const { text, cell } of valueHeaders(mapping)) {
    const code = codeIn(text);
    if (code) return { code, from: text, cell };
  }
  return mapping.currency ? { code: mapping.currency, from: '' } : null;
}

/** A grid as read, for `planCurrency`. */
export function gridCells(grid: Grid | undefined): PlanCells | undefined {
  if (!grid) return undefined;
  return { cell: (r, c) => grid[r]?.[c] ?? null, width: grid.reduce((w, row) => Math.max(w, row.length), 0) };
}

/**
 * The warning for a plan whose amounts are in another currency than the register keeps; null
 * when there is nothing to warn about (same currency). PlanGate never converts amounts, so the
 * user either converts the plan or changes the register's currency.
 */
export function currencyMismatch(sheet: string, plan: PlanCurrency, registerCode: string): string | null {
  if (plan.code === registerCode) return null;
  const where = plan.cell
    ? `cell ${plan.cell}, '${plan.from}'`
    : plan.from
      ? `'${plan.from}'`
      : 'the mapping says so';
  return (
    `Sheet '${sheet}' has its amounts in ${plan.code} (${where}), but the register reports in ${registerCode} ` +
    `and PlanGate does not convert currencies: convert the plan's amounts to ${registerCode} first, ` +
    `or change the register's currency to ${plan.code} in PG Settings if the whole register is in ${plan.code}.`
  );
}
