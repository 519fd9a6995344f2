import { cellAddress, columnLetter, type CellProblem } from '../model/cell.js';
import type { Mapping } from '../model/mapping.js';
import { detectNumberLocale, type NumberLocale } from '../values/number-locale.js';
import { cellText, isTextCell } from './cell-text.js';
import { readNumber } from './column-profile.js';
import { errorReading } from '../values/value-hints.js';
import type { SheetView } from './sheet-view.js';
import type { TableFrame } from './table-frame.js';
import { isTotalLabel } from './total-label.js';
import { amountMeaning } from '../values/amount-meaning.js';

export type RowKind = 'initiative' | 'section' | 'total' | 'blank' | 'excluded';

export interface ClassifiedRow {
  /** 0-based sheet row. */
  row: number;
  kind: RowKind;
  /** The program the row belongs to (from its own cell, its group label or the section above). */
  program: string;
  /** Excluded, section and total rows: why, in words a user understands. */
  reason: string;
  /** Values of the value columns (NaN: blank). */
  values: Float64Array;
}

export interface Classification {
  rows: ClassifiedRow[];
  valueColumns: number[];
  /** Unreadable value cells of initiative rows. */
  problems: CellProblem[];
  warnings: string[];
  formulaBlankRows: number;
  blankRows: number;
}

/** The columns whose numbers are the plan: period columns, else the plan total, else the long amount. */
export function valueColumnsOf(mapping: Mapping): number[] {
  if (mapping.layout === 'long') return mapping.fields.amount ? [mapping.fields.amount.column] : [];
  if (mapping.periodColumns.length > 0) return mapping.periodColumns.map((p) => p.column);
  return mapping.fields.planTotal ? [mapping.fields.planTotal.column] : [];
}

const EPSILON = 0.005;

function sameValues(a: Float64Array, b: Float64Array): boolean {
  let nonZero = 0;
  for (let i = 0; i < a.length; i++) {
    const x = Number.isNaN(a[i]) ? 0 : a[i];
    const y = Number.isNaN(b[i]) ? 0 : b[i];
    if (Math.abs(x - y) > EPSILON + 1e-9 * Math.abs(x)) return false;
    if (x !== 0) nonZero++;
  }
  return nonZero > 0;
}

function addInto(sum: Float64Array, values: Float64Array): void {
  for (let i = 0; i < sum.length; i++) if (!Number.isNaN(values[i])) sum[i] += values[i];
}

function hasAny(values: Float64Array): boolean {
  for (const v of values) if (!Number.isNaN(v)) return true;
  return false;
}

function nonZeroCount(values: Float64Array): number {
  let n = 0;
  for (const v of values) if (!Number.isNaN(v) && v !== 0) n++;
  return n;
}

function rowRange(rows: readonly ClassifiedRow[]): string {
  if (rows.length === 0) return '';
  const first = rows[0].row + 1;
  const last = rows[rows.length - 1].row + 1;
  return first === last ? `row ${first}` : `rows ${first}–${last}`;
}

/**
 * Sort every row below the header into initiatives, section headings (which name a program),
 * totals and subtotals (by label in many languages, or because they add up), blank spacers and
 * rows that cannot be imported, each with a reason.
 */
export function classifyRows(
  view: SheetView,
  frame: TableFrame,
  mapping: Mapping,
  labelColumns: readonly number[],
): Classification {
  const valueColumns = valueColumnsOf(mapping);
  const locales = detectColumnLocales(view, frame, valueColumns);
  const columns = rowColumnsOf(mapping, labelColumns, valueColumns);
  const problemsByRow = new Map<number, CellProblem[]>();
  const rows: ClassifiedRow[] = [];
  let section = '';
  // Text exports write nulls as `#N/A` (Salesforce): no value, noted once; in a workbook it is a broken formula.
  const errors = errorReading(view.hints);
  let nullMarks = 0;
  let blankRows = 0;
  let formulaBlankRows = 0;

  for (let r = frame.firstRow; r <= frame.lastRow; r++) {
    const read = readRowValues(view, frame, r, valueColumns, locales, errors);
    nullMarks += read.nullMarks;
    const filledCells = view.filledCount(r, frame.left, frame.right);
    if (filledCells === 0) {
      if (view.isFormulaBlank(r, frame.left, frame.right)) formulaBlankRows++;
      else blankRows++;
      rows.push({ row: r, values: read.values, program: section, reason: '', kind: 'blank' });
      continue;
    }
    const classified = classifyFilledRow(view, frame, mapping, columns, r, read.values, filledCells, section);
    section = classified.section;
    rows.push(classified.row);
    if (classified.row.kind === 'initiative' && read.problems.length) problemsByRow.set(r, read.problems);
  }

  const warnings: string[] = [];
  if (nullMarks > 0) warnings.push(nullMarkWarning(nullMarks));
  checkArithmetic(rows, warnings, mapping.layout === 'wide');
  const problems = initiativeProblems(rows, problemsByRow);
  return { rows, valueColumns, problems, warnings, formulaBlankRows, blankRows };
}

/** The unreadable cells of the rows that are still initiatives once the totals are checked. */
function initiativeProblems(
  rows: readonly ClassifiedRow[],
  problemsByRow: ReadonlyMap<number, CellProblem[]>,
): CellProblem[] {
  const problems: CellProblem[] = [];
  for (const row of rows) if (row.kind === 'initiative') problems.push(...(problemsByRow.get(row.row) ?? []));
  return problems;
}

/** Each value column's decimal and thousands marks, told from its text cells. */
function detectColumnLocales(
  view: SheetView,
  frame: TableFrame,
  valueColumns: readonly number[],
): Map<number, NumberLocale> {
  const locales = new Map<number, NumberLocale>();
  for (const c of valueColumns) {
    const texts: string[] = [];
    for (let r = frame.firstRow; r <= frame.lastRow; r++) {
      const cell = view.cell(r, c);
      if (typeof cell === 'string') texts.push(cell);
    }
    locales.set(c, detectNumberLocale(texts, view.hints.decimalMark));
  }
  return locales;
}

/** The columns a row's kind is told from. */
interface RowColumns {
  labelColumns: readonly number[];
  valueColumns: readonly number[];
  valueSet: ReadonlySet<number>;
  nameCol: number;
  programCol: number;
  idCol: number;
  mappedCols: number[];
}

function rowColumnsOf(
  mapping: Mapping,
  labelColumns: readonly number[],
  valueColumns: readonly number[],
): RowColumns {
  return {
    labelColumns,
    valueColumns,
    valueSet: new Set(valueColumns),
    nameCol: mapping.fields.name?.column ?? mapping.fields.id?.column ?? -1,
    programCol: mapping.fields.program?.column ?? -1,
    idCol: mapping.fields.id?.column ?? -1,
    mappedCols: Object.values(mapping.fields).map((f) => f.column),
  };
}

/** One row's value cells as numbers (NaN: blank or unreadable), with the problems of the unreadable ones. */
function readRowValues(
  view: SheetView,
  frame: TableFrame,
  r: number,
  valueColumns: readonly number[],
  locales: ReadonlyMap<number, NumberLocale>,
  errors: ReturnType<typeof errorReading>,
): { values: Float64Array; problems: CellProblem[]; nullMarks: number } {
  const values = new Float64Array(valueColumns.length).fill(Number.NaN);
  const problems: CellProblem[] = [];
  let nullMarks = 0;
  for (let k = 0; k < valueColumns.length; k++) {
    const c = valueColumns[k];
    const cell = view.cell(r, c);
    if (cell === null) continue;
    // Numbers need no parsing; only text cells go through the locale-aware reader.
    if (typeof cell === 'number') {
      values[k] = Number.isFinite(cell) ? cell : Number.NaN;
      continue;
    }
    if (errors === 'na-blank' && typeof cell === 'string' && /^\s*#N\/A\s*$/i.test(cell)) nullMarks++;
    const read = readNumber(cell, locales.get(c) ?? 'auto', errors);
    // A percent or a date in an amount column is no amount: reported at its cell, never booked.
    const meaning =
      read.problem === null && !Number.isNaN(read.value) ? amountMeaning(cell, { currency: null }) : null;
    values[k] = meaning && !meaning.ok ? Number.NaN : read.value;
    const problem = read.problem ?? (meaning && !meaning.ok ? meaning.message : null);
    if (problem) problems.push({ sheet: frame.sheet, cell: cellAddress(r, c), message: problem });
  }
  return { values, problems, nullMarks };
}

/** What a row with something in it is, and the section (program) it leaves for the rows below. */
function classifyFilledRow(
  view: SheetView,
  frame: TableFrame,
  mapping: Mapping,
  columns: RowColumns,
  r: number,
  values: Float64Array,
  filledCells: number,
  section: string,
): { row: ClassifiedRow; section: string } {
  const { labelColumns, valueColumns, valueSet, nameCol, programCol, idCol } = columns;
  const base = { row: r, values, program: section, reason: '' };
  const name = nameCol >= 0 ? cellText(view.filled(r, nameCol)) : '';
  const labels = labelColumns.map((c) => cellText(view.filled(r, c))).filter((t) => t !== '');
  const texts = leadingTexts(view, frame, r, valueSet);
  const hasValues = hasAny(values);
  const totalLabel = [name, ...labels, ...texts.slice(0, 3)].find((t) => t !== '' && isTotalLabel(t));
  if (totalLabel) {
    return { row: { ...base, kind: 'total', reason: `'${totalLabel}' is a total row` }, section };
  }
  if (name === '' || r === frame.firstRow - 1) {
    return classifyUnnamedRow(view, frame, columns, base, labels, texts, filledCells, hasValues);
  }
  if (labels.length > 0 && labelColumns.some((c) => c !== nameCol && cellText(view.filled(r, c)) !== '')) {
    section = labels.find((l) => l !== name) ?? section;
  }
  const own = programCol >= 0 && programCol !== nameCol ? cellText(view.filled(r, programCol)) : '';
  const headingById =
    idCol >= 0 &&
    idCol !== nameCol &&
    filledCells === 1 &&
    !hasValues &&
    cellText(view.cell(r, idCol)) === '';
  const headingAlone =
    filledCells === 1 && !hasValues && mapping.layout === 'wide' && valueColumns.length > 0;
  if (headingById || headingAlone) {
    const row: ClassifiedRow = {
      ...base,
      program: name,
      kind: 'section',
      reason: `section heading: program '${name}'`,
    };
    return { row, section: name };
  }
  return { row: { ...base, program: own || section, kind: 'initiative' }, section };
}

/** The first few text cells outside the value columns: enough to spot labels. */
function leadingTexts(
  view: SheetView,
  frame: TableFrame,
  r: number,
  valueSet: ReadonlySet<number>,
): string[] {
  const texts: string[] = [];
  for (let c = frame.left; c <= frame.right && texts.length < 3; c++) {
    if (valueSet.has(c)) continue;
    const cell = view.cell(r, c);
    if (isTextCell(cell)) texts.push(cellText(cell));
  }
  return texts;
}

/** A row with no name: a section heading, a group row, or a row that cannot be imported. */
function classifyUnnamedRow(
  view: SheetView,
  frame: TableFrame,
  columns: RowColumns,
  base: Omit<ClassifiedRow, 'kind'>,
  labels: readonly string[],
  texts: readonly string[],
  filledCells: number,
  hasValues: boolean,
): { row: ClassifiedRow; section: string } {
  const section = base.program;
  const onlyText = filledCells === 1 && texts.length === 1 ? texts[0] : '';
  const outer = labels[0] ?? onlyText;
  if (outer && !hasValues && (labels.length > 0 || onlyText)) {
    const row: ClassifiedRow = {
      ...base,
      program: outer,
      kind: 'section',
      reason: `section heading: program '${outer}'`,
    };
    return { row, section: outer };
  }
  if (outer && hasValues) {
    return {
      row: { ...base, program: outer, kind: 'total', reason: `group row '${outer}'` },
      section: outer,
    };
  }
  if (hasValues) return { row: { ...base, kind: 'excluded', reason: 'values but no name' }, section };
  const where = columns.nameCol >= 0 ? ` in column ${columnLetter(columns.nameCol)}` : '';
  const reason = `no name${where}; only ${describeFilled(view, frame, base.row, columns.mappedCols)} filled`;
  return { row: { ...base, kind: 'excluded', reason }, section };
}

function nullMarkWarning(nullMarks: number): string {
  return `${nullMarks.toLocaleString('en-US')} amount cell${nullMarks === 1 ? ' shows' : 's show'} #N/A, which this export writes for "no value": read as blank.`;
}

function describeFilled(view: SheetView, frame: TableFrame, r: number, mapped: readonly number[]): string {
  const cols: string[] = [];
  for (let c = frame.left; c <= frame.right; c++) if (!view.isBlank(r, c)) cols.push(columnLetter(c));
  void mapped;
  return cols.length === 1
    ? `column ${cols[0]} is`
    : `columns ${cols.slice(0, 4).join(', ')}${cols.length > 4 ? '…' : ''} are`;
}

/**
 * Check every total against the rows it should add up, decide what group rows and unnamed
 * rows are, and turn named rows that are exactly the sum of the rows above them into subtotals.
 * Running sums keep this linear in the number of rows.
 */
function checkArithmetic(rows: ClassifiedRow[], warnings: string[], wide: boolean): void {
  const width = rows[0]?.values.length ?? 0;
  if (width === 0) {
    for (const row of rows) {
      if (row.kind === 'total' && row.reason.startsWith('group row')) {
        row.kind = 'section';
        row.reason = `section heading: program '${row.program}'`;
      }
    }
    return;
  }
  let block: ClassifiedRow[] = [];
  let blockSum = new Float64Array(width);
  let allCount = 0;
  const allSum = new Float64Array(width);
  const resetBlock = (): void => {
    block = [];
    blockSum = new Float64Array(width);
  };
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row.kind === 'initiative') {
      // A named row that is exactly the sum of the two or more rows above it is a subtotal.
      if (wide && block.length >= 2 && nonZeroCount(row.values) >= 2 && sameValues(row.values, blockSum)) {
        row.kind = 'total';
        row.reason = `subtotal: equals the sum of ${rowRange(block)}`;
        resetBlock();
        continue;
      }
      block.push(row);
      addInto(blockSum, row.values);
      addInto(allSum, row.values);
      allCount++;
      continue;
    }
    if (row.kind === 'section') {
      resetBlock();
      continue;
    }
    if (row.kind === 'total' && row.reason.startsWith('group row')) {
      const children: ClassifiedRow[] = [];
      for (let j = i + 1; j < rows.length; j++) {
        const next = rows[j];
        if (next.kind === 'initiative') children.push(next);
        else if (next.kind !== 'blank') break;
      }
      if (children.length > 0 && sameValues(row.values, sumOf(children, width))) {
        row.reason = `subtotal of program '${row.program}': equals the sum of the ${children.length} rows below it (${rowRange(children)})`;
      } else if (nonZeroCount(row.values) === 0) {
        row.kind = 'section';
        row.reason = `section heading: program '${row.program}'`;
      } else {
        row.kind = 'excluded';
        row.reason = `group row '${row.program}' has values that are not the sum of the rows below it`;
        warnings.push(
          `Row ${row.row + 1} '${row.program}' has values but is not the sum of the rows below it: it was not imported. If it is an initiative, give it a name in the name column.`,
        );
      }
      resetBlock();
      continue;
    }
    if (row.kind === 'total') {
      if (!hasAny(row.values)) {
        row.reason = `${row.reason} (no values)`;
      } else if (block.length > 0 && sameValues(row.values, blockSum)) {
        row.reason = `${row.reason}: equals the sum of ${rowRange(block)}`;
      } else if (allCount > 0 && sameValues(row.values, allSum)) {
        row.reason = `${row.reason}: equals the sum of all ${allCount} initiatives above it`;
      } else {
        const label = row.reason.replace(/ is a total row$/, '');
        row.reason = `${row.reason} (it does not add up)`;
        warnings.push(
          `Row ${row.row + 1} (${label}) shows ${formatTotal(row.values)} but the rows above it sum to ${formatTotal(block.length ? blockSum : allSum)}: check the sheet; it was not imported as an initiative.`,
        );
      }
      resetBlock();
      continue;
    }
    if (row.kind === 'excluded' && row.reason === 'values but no name') {
      if (block.length >= 2 && sameValues(row.values, blockSum)) {
        row.kind = 'total';
        row.reason = `unlabelled total: equals the sum of ${rowRange(block)}`;
        resetBlock();
      } else if (allCount >= 2 && sameValues(row.values, allSum)) {
        row.kind = 'total';
        row.reason = `unlabelled total: equals the sum of all ${allCount} initiatives above it`;
        resetBlock();
      } else {
        row.reason = 'it has values but no name';
        warnings.push(
          `Row ${row.row + 1} has values but no name: it was not imported. Give it a name, or delete the values if they are a note.`,
        );
      }
    }
  }
}

function sumOf(rows: readonly ClassifiedRow[], width: number): Float64Array {
  const sum = new Float64Array(width);
  for (const row of rows) addInto(sum, row.values);
  return sum;
}

function formatTotal(values: Float64Array): string {
  let total = 0;
  for (const v of values) if (!Number.isNaN(v)) total += v;
  return total.toLocaleString('en-US', { maximumFractionDigits: 2 });
}
