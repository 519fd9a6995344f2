import type { SheetApi } from '../../../sheets-addon/server/apps-script-api.js';
import { parseA1 } from './a1-notation.js';
import type { FakeCell } from './cell-input.js';
import { FakeChart, FakeChartBuilder, type FakeConditionalRule } from './fake-builders.js';
import { type FakeHost, growthRefused } from './fake-host.js';
import { FakeProtection } from './fake-protection.js';
import { FakeRange } from './fake-range.js';

export class FakeFilter {
  constructor(
    readonly range: string,
    private readonly onRemove: () => void,
  ) {}
  remove(): void {
    this.onRemove();
  }
}

/** A grid of cells with Sheets' size limits (new sheets are 1000 × 26 and grow only when asked). */
export class FakeSheet implements SheetApi {
  private rows: (FakeCell | undefined)[][] = [];
  private maxRows = 1000;
  private maxColumns = 26;
  frozenRows = 0;
  readonly columnWidths = new Map<number, number>();
  conditionalRules: FakeConditionalRule[] = [];
  protections: FakeProtection[] = [];
  filter: FakeFilter | null = null;
  charts: FakeChart[] = [];

  constructor(
    readonly host: FakeHost,
    private name: string,
  ) {}

  private hit(method: string): void {
    this.host.log.hit(`Sheet.${method}`);
  }

  // ---- cell storage (used by FakeRange and by tests) ----

  peek(row: number, column: number): FakeCell | undefined {
    return this.rows[row - 1]?.[column - 1];
  }

  cell(row: number, column: number): FakeCell {
    const line = (this.rows[row - 1] ??= []);
    return (line[column - 1] ??= { value: null, format: '' });
  }

  /** Throws when the current user may not write here (a hard protection they are not an editor of). */
  checkWritable(): void {
    for (const p of this.protections) p.checkWrite(this.host.currentUser());
  }

  createFilter(a1: string): FakeFilter {
    if (this.filter) throw new Error("You can't create a filter in a sheet that already has a filter.");
    this.filter = new FakeFilter(a1, () => (this.filter = null));
    return this.filter;
  }

  rename(name: string): void {
    this.name = name;
  }

  // ---- SheetApi ----

  getName(): string {
    return this.name;
  }

  getRange(row: number, column: number, numRows: number, numColumns: number): FakeRange;
  getRange(a1Notation: string): FakeRange;
  getRange(rowOrA1: number | string, column = 1, numRows = 1, numColumns = 1): FakeRange {
    this.hit('getRange');
    if (typeof rowOrA1 === 'string') {
      const rect = parseA1(rowOrA1, this.maxRows, this.maxColumns);
      return this.checkedRange(rect.row, rect.column, rect.numRows, rect.numColumns);
    }
    return this.checkedRange(rowOrA1, column, numRows, numColumns);
  }

  private checkedRange(row: number, column: number, numRows: number, numColumns: number): FakeRange {
    if (row < 1) throw new Error('The starting row of the range is too small.');
    if (column < 1) throw new Error('The starting column of the range is too small.');
    if (numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (numColumns < 1) throw new Error('The number of columns in the range must be at least 1.');
    if (row + numRows - 1 > this.maxRows || column + numColumns - 1 > this.maxColumns)
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    return new FakeRange(this, row, column, numRows, numColumns);
  }

  getDataRange(): FakeRange {
    this.hit('getDataRange');
    return new FakeRange(this, 1, 1, Math.max(1, this.lastRow()), Math.max(1, this.lastColumn()));
  }

  lastRow(): number {
    for (let r = this.rows.length; r >= 1; r--)
      if (this.rows[r - 1]?.some((c) => c && c.value !== null)) return r;
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const line of this.rows) {
      if (!line) continue;
      for (let c = line.length; c > last; c--) if (line[c - 1] && line[c - 1]?.value !== null) last = c;
    }
    return last;
  }

  getLastRow(): number {
    this.hit('getLastRow');
    return this.lastRow();
  }
  getLastColumn(): number {
    this.hit('getLastColumn');
    return this.lastColumn();
  }
  getMaxRows(): number {
    this.hit('getMaxRows');
    return this.maxRows;
  }
  getMaxColumns(): number {
    this.hit('getMaxColumns');
    return this.maxColumns;
  }

  /** Rows × columns of the grid: what counts against the spreadsheet's cell limit. */
  gridCells(): number {
    return this.maxRows * this.maxColumns;
  }

  insertRowsAfter(afterPosition: number, howMany: number): this {
    this.hit('insertRowsAfter');
    growthRefused(this.host, howMany * this.maxColumns);
    this.rows.splice(afterPosition, 0, ...Array.from({ length: howMany }, () => []));
    this.maxRows += howMany;
    return this;
  }

  insertColumnsAfter(afterPosition: number, howMany: number): this {
    this.hit('insertColumnsAfter');
    growthRefused(this.host, howMany * this.maxRows);
    for (const line of this.rows)
      if (line && line.length > afterPosition)
        line.splice(afterPosition, 0, ...new Array<undefined>(howMany));
    this.maxColumns += howMany;
    return this;
  }

  /** Clears content and formatting; like Sheets, data validation, protections and charts stay. */
  clear(): this {
    this.hit('clear');
    for (const line of this.rows) {
      if (!line) continue;
      line.forEach((cell, i) => {
        if (cell)
          line[i] =
            cell.validation === undefined
              ? undefined
              : { value: null, format: '', validation: cell.validation };
      });
    }
    return this;
  }

  setFrozenRows(rows: number): void {
    this.hit('setFrozenRows');
    this.frozenRows = rows;
  }
  getFrozenRows(): number {
    this.hit('getFrozenRows');
    return this.frozenRows;
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    this.hit('setColumnWidths');
    for (let c = startColumn; c < startColumn + numColumns; c++) this.columnWidths.set(c, width);
    return this;
  }

  setConditionalFormatRules(rules: object[]): void {
    this.hit('setConditionalFormatRules');
    this.conditionalRules = [...(rules as FakeConditionalRule[])];
  }

  protect(): FakeProtection {
    this.hit('protect');
    const existing = this.protections[0];
    if (existing) return existing;
    const p = new FakeProtection(this.host.log, this.host.currentUser(), (gone) => {
      this.protections = this.protections.filter((x) => x !== gone);
    });
    this.protections.push(p);
    return p;
  }

  getProtections(_type: unknown): FakeProtection[] {
    this.hit('getProtections');
    return [...this.protections];
  }

  getFilter(): FakeFilter | null {
    this.hit('getFilter');
    return this.filter;
  }

  newChart(): FakeChartBuilder {
    this.hit('newChart');
    return new FakeChartBuilder(this.host.log);
  }

  insertChart(chart: FakeChart): void {
    this.hit('insertChart');
    this.charts.push(chart);
  }

  getCharts(): FakeChart[] {
    this.hit('getCharts');
    return [...this.charts];
  }

  removeChart(chart: FakeChart): void {
    this.hit('removeChart');
    this.charts = this.charts.filter((c) => c !== chart);
  }
}
