import { CELL_CHARACTER_LIMIT } from './fake-host.js';
import type { CellIn, DataValidationApi, RangeApi } from '../../../sheets-addon/server/apps-script-api.js';
import { a1Of } from './a1-notation.js';
import { interpretInput, isDateFormat } from './cell-input.js';
import type { FakeSheet } from './fake-sheet.js';
import { serialToDate } from './time-zone.js';

function mismatch(what: 'rows' | 'columns', data: number, range: number): Error {
  return new Error(
    `The number of ${what} in the data does not match the number of ${what} in the range. The data has ${data} but the range has ${range}.`,
  );
}

/** A 1-based rectangle of a fake sheet; every call is counted in the host's CallLog. */
export class FakeRange implements RangeApi {
  constructor(
    readonly sheet: FakeSheet,
    private readonly row: number,
    private readonly column: number,
    private readonly numRows: number,
    private readonly numColumns: number,
  ) {}

  private hit(method: string): void {
    this.sheet.host.log.hit(`Range.${method}`);
  }

  private checkShape<T>(data: T[][]): void {
    if (data.length !== this.numRows) throw mismatch('rows', data.length, this.numRows);
    for (const line of data)
      if (line.length !== this.numColumns) throw mismatch('columns', line.length, this.numColumns);
  }

  private forEachCell(visit: (r: number, c: number) => void): void {
    for (let r = 0; r < this.numRows; r++) for (let c = 0; c < this.numColumns; c++) visit(r, c);
  }

  getValues(): CellIn[][] {
    this.hit('getValues');
    const tz = this.sheet.host.timeZone();
    const out: CellIn[][] = [];
    for (let r = 0; r < this.numRows; r++) {
      const line: CellIn[] = [];
      for (let c = 0; c < this.numColumns; c++) {
        const cell = this.sheet.peek(this.row + r, this.column + c);
        if (!cell || cell.value === null) line.push('');
        else if (typeof cell.value === 'number' && isDateFormat(cell.format))
          line.push(serialToDate(cell.value, tz));
        else line.push(cell.value);
      }
      out.push(line);
    }
    return out;
  }

  setValues(values: CellIn[][]): this {
    this.hit('setValues');
    this.checkShape(values);
    this.sheet.checkWritable();
    for (const line of values)
      for (const value of line)
        if (typeof value === 'string' && value.length > CELL_CHARACTER_LIMIT)
          throw new Error(
            `Your input contains more than the maximum of ${CELL_CHARACTER_LIMIT} characters in a single cell.`,
          );
    const tz = this.sheet.host.timeZone();
    this.forEachCell((r, c) =>
      interpretInput(values[r]?.[c], this.sheet.cell(this.row + r, this.column + c), tz),
    );
    return this;
  }

  setNumberFormat(format: string): this {
    this.hit('setNumberFormat');
    this.forEachCell((r, c) => (this.sheet.cell(this.row + r, this.column + c).format = format));
    return this;
  }

  setNumberFormats(formats: string[][]): this {
    this.hit('setNumberFormats');
    this.checkShape(formats);
    this.forEachCell(
      (r, c) => (this.sheet.cell(this.row + r, this.column + c).format = formats[r]?.[c] ?? ''),
    );
    return this;
  }

  setFontWeight(weight: 'normal' | 'bold' | null): this {
    this.hit('setFontWeight');
    this.forEachCell((r, c) => (this.sheet.cell(this.row + r, this.column + c).bold = weight === 'bold'));
    return this;
  }

  setBackgrounds(colors: string[][]): this {
    this.hit('setBackgrounds');
    this.checkShape(colors);
    this.forEachCell(
      (r, c) => (this.sheet.cell(this.row + r, this.column + c).background = colors[r]?.[c] ?? ''),
    );
    return this;
  }

  setDataValidation(rule: DataValidationApi | null): this {
    this.hit('setDataValidation');
    this.forEachCell(
      (r, c) => (this.sheet.cell(this.row + r, this.column + c).validation = rule ?? undefined),
    );
    return this;
  }

  clearDataValidations(): this {
    this.hit('clearDataValidations');
    this.forEachCell((r, c) => {
      const cell = this.sheet.peek(this.row + r, this.column + c);
      if (cell) delete cell.validation;
    });
    return this;
  }

  createFilter(): unknown {
    this.hit('createFilter');
    return this.sheet.createFilter(this.getA1Notation());
  }

  getRow(): number {
    return this.row;
  }
  getColumn(): number {
    return this.column;
  }
  getNumRows(): number {
    return this.numRows;
  }
  getNumColumns(): number {
    return this.numColumns;
  }
  getA1Notation(): string {
    return a1Of(this.row, this.column, this.numRows, this.numColumns);
  }
}
