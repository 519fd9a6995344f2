import { type Rect, checkRect, MAX_COLS, MAX_ROWS, overlaps } from './a1.js';
import { FakeExcelError, dimensionMismatch } from './excel-error.js';
import { FakeClientObject, type FakeRequestContext, jsonBytes } from './request-context.js';
import type { SheetState } from './sheet-state.js';

export interface RangeTarget {
  sheet: SheetState;
  rect: Rect;
}

/** What a cell-level property takes: a 2-D array, or one value for every cell. */
export type CellInput = unknown[][] | string | number | boolean;

function isSingleValue(input: unknown): input is string | number | boolean {
  return typeof input === 'string' || typeof input === 'number' || typeof input === 'boolean';
}

/** Excel.Range over a rectangle of a fake sheet. */
export class FakeRange extends FakeClientObject<RangeTarget> {
  protected readonly kind = 'range';
  readonly format: FakeRangeFormat;
  readonly dataValidation: FakeDataValidation;
  readonly conditionalFormats: FakeConditionalFormats;

  constructor(context: FakeRequestContext, resolver: () => RangeTarget | null) {
    super(context, resolver);
    this.format = new FakeRangeFormat(this, context);
    this.dataValidation = new FakeDataValidation(this, context);
    this.conditionalFormats = new FakeConditionalFormats(this, context);
  }

  /** For the range's helpers: resolves at sync time, throwing as Excel does on a null object. */
  resolveTarget(): RangeTarget {
    return this.target();
  }

  protected override readProperty(t: RangeTarget, name: string): unknown {
    switch (name) {
      case 'values':
        if (t.rect.rows * t.rect.cols > this.context.state.rangeCellLimit) {
          throw new FakeExcelError(
            'RangeExceedsLimit',
            'The cell count in the range has exceeded the maximum supported number. See the documentation for more information.',
          );
        }
        return t.sheet.readValues(t.rect);
      case 'numberFormat':
        return t.sheet.readFormats(t.rect);
      case 'address':
        return t.sheet.address(t.rect);
      case 'rowIndex':
        return t.rect.row;
      case 'columnIndex':
        return t.rect.col;
      case 'rowCount':
        return t.rect.rows;
      case 'columnCount':
        return t.rect.cols;
      default:
        throw new FakeExcelError('InvalidArgument', `The fake does not model Range.${name}.`);
    }
  }

  get values(): (string | number | boolean)[][] {
    return this.loadedValue('values');
  }
  set values(input: CellInput) {
    this.queueCells('values', input, (sheet, r, c, v) => sheet.setValue(r, c, v));
  }
  get numberFormat(): string[][] {
    return this.loadedValue('numberFormat');
  }
  set numberFormat(input: CellInput) {
    this.queueCells('numberFormat', input, (sheet, r, c, v) => sheet.setNumberFormat(r, c, v));
  }
  set formulas(input: CellInput) {
    this.queueCells('formulas', input, (sheet, r, c, v) => sheet.setValue(r, c, v));
  }
  get address(): string {
    return this.loadedValue('address');
  }
  get rowIndex(): number {
    return this.loadedValue('rowIndex');
  }
  get columnIndex(): number {
    return this.loadedValue('columnIndex');
  }
  get rowCount(): number {
    return this.loadedValue('rowCount');
  }
  get columnCount(): number {
    return this.loadedValue('columnCount');
  }

  /**
   * Values, number formats and formulas: a 2-D array of exactly the range's size, or one single
   * value for every cell (the documented "single input copy", like Ctrl+Enter). Anything else,
   * including a 1-D array or a 1×1 array on a larger range, is Excel's dimension mismatch.
   */
  private queueCells(
    property: string,
    input: CellInput,
    put: (sheet: SheetState, row: number, col: number, value: unknown) => void,
  ): void {
    const single = isSingleValue(input);
    const copy = Array.isArray(input) ? input.map((row) => (Array.isArray(row) ? [...row] : row)) : input;
    this.forget(property);
    this.context.enqueue(jsonBytes(copy), () => {
      const { sheet, rect } = this.target();
      if (input === null || input === undefined) {
        throw new FakeExcelError('InvalidArgument', `null is not a valid value for Range.${property}.`);
      }
      if (
        !single &&
        (!Array.isArray(copy) ||
          copy.length !== rect.rows ||
          copy.some((r) => !Array.isArray(r) || r.length !== rect.cols))
      ) {
        throw dimensionMismatch();
      }
      sheet.assertWritable();
      if (this.context.state.eventsEnabled) this.context.state.writesWithEventsOn++;
      for (let r = 0; r < rect.rows; r++) {
        const row = single ? null : (copy as unknown[][])[r];
        for (let c = 0; c < rect.cols; c++) put(sheet, rect.row + r, rect.col + c, single ? copy : row![c]);
      }
    });
  }

  clear(applyTo: 'All' | 'Formats' | 'Contents' = 'All'): void {
    this.context.enqueue(applyTo.length, () => {
      const { sheet, rect } = this.target();
      sheet.assertWritable();
      sheet.clear(rect, applyTo);
    });
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.context, () => {
      const t = this.tryTarget();
      if (!t) return null;
      const rect = { row: t.rect.row + row, col: t.rect.col + column, rows: 1, cols: 1 };
      checkRect(rect);
      return { sheet: t.sheet, rect };
    });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return new FakeRange(this.context, () => {
      const t = this.tryTarget();
      if (!t) return null;
      const rect = { ...t.rect, rows: t.rect.rows + deltaRows, cols: t.rect.cols + deltaColumns };
      checkRect(rect);
      return { sheet: t.sheet, rect };
    });
  }

  /** The bounding box of the non-blank cells inside this range, or a null object. */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, () => {
      const t = this.tryTarget();
      const used = t?.sheet.usedRect(valuesOnly);
      if (!t || !used) return null;
      let top = Infinity;
      let left = Infinity;
      let bottom = -1;
      let right = -1;
      const rowEnd = Math.min(t.rect.row + t.rect.rows, used.row + used.rows);
      const colEnd = Math.min(t.rect.col + t.rect.cols, used.col + used.cols);
      for (let r = Math.max(t.rect.row, used.row); r < rowEnd; r++) {
        for (let c = Math.max(t.rect.col, used.col); c < colEnd; c++) {
          if (t.sheet.value(r, c) === undefined) continue;
          top = Math.min(top, r);
          bottom = Math.max(bottom, r);
          left = Math.min(left, c);
          right = Math.max(right, c);
        }
      }
      if (bottom < 0) return null;
      return {
        sheet: t.sheet,
        rect: { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 },
      };
    });
  }

  getEntireColumn(): FakeRange {
    return new FakeRange(this.context, () => {
      const t = this.tryTarget();
      return t
        ? { sheet: t.sheet, rect: { row: 0, col: t.rect.col, rows: MAX_ROWS, cols: t.rect.cols } }
        : null;
    });
  }

  getEntireRow(): FakeRange {
    return new FakeRange(this.context, () => {
      const t = this.tryTarget();
      return t
        ? { sheet: t.sheet, rect: { row: t.rect.row, col: 0, rows: t.rect.rows, cols: MAX_COLS } }
        : null;
    });
  }
}

/** Range.format: font, fill, column width. */
export class FakeRangeFormat {
  readonly font: { bold: boolean; color: string };
  readonly fill: { color: string };

  constructor(
    private readonly range: FakeRange,
    private readonly context: FakeRequestContext,
  ) {
    const set = (key: 'bold' | 'fill' | 'fontColor', value: boolean | string): void =>
      context.enqueue(jsonBytes(value), () => {
        const { sheet, rect } = range.resolveTarget();
        sheet.assertWritable();
        sheet.cellFormats.push({ rect, [key]: value });
      });
    const unread = (): never => {
      throw new FakeExcelError(
        'InvalidArgument',
        'The fake does not read formats back; inspect the sheet state.',
      );
    };
    this.font = {
      set bold(v: boolean) {
        set('bold', v);
      },
      get bold(): boolean {
        return unread();
      },
      set color(v: string) {
        set('fontColor', v);
      },
      get color(): string {
        return unread();
      },
    };
    this.fill = {
      set color(v: string) {
        set('fill', v);
      },
      get color(): string {
        return unread();
      },
    };
  }

  set columnWidth(points: number) {
    this.context.enqueue(8, () => {
      const { sheet, rect } = this.range.resolveTarget();
      sheet.assertWritable();
      for (let c = rect.col; c < rect.col + rect.cols; c++) sheet.columnWidths.set(c, points);
    });
  }

  autofitColumns(): void {
    this.context.enqueue(0, () => {
      this.range.resolveTarget().sheet.assertWritable();
    });
  }
}

/** Range.dataValidation (list rules only). */
export class FakeDataValidation {
  constructor(
    private readonly range: FakeRange,
    private readonly context: FakeRequestContext,
  ) {}

  set rule(rule: { list?: { inCellDropDown?: boolean; source: string } }) {
    this.context.enqueue(jsonBytes(rule), () => {
      const { sheet, rect } = this.range.resolveTarget();
      sheet.assertWritable();
      if (!rule.list || typeof rule.list.source !== 'string') {
        throw new FakeExcelError('InvalidArgument', 'The fake models list validation only.');
      }
      sheet.validations.push({ rect, list: rule.list.source.split(',').map((s) => s.trim()) });
    });
  }

  clear(): void {
    this.context.enqueue(0, () => {
      const { sheet, rect } = this.range.resolveTarget();
      sheet.assertWritable();
      sheet.validations = sheet.validations.filter(
        (v) => v.rect.row + v.rect.rows <= rect.row || v.rect.row >= rect.row + rect.rows,
      );
    });
  }
}

/** Range.conditionalFormats (cell-value rules only). */
export class FakeConditionalFormats {
  constructor(
    private readonly range: FakeRange,
    private readonly context: FakeRequestContext,
  ) {}

  add(type: string): {
    cellValue: {
      format: { fill: { color: string }; font: { color: string } };
      rule: { formula1: string; operator: string };
    };
  } {
    if (type !== 'CellValue')
      throw new FakeExcelError('InvalidArgument', 'The fake models CellValue rules only.');
    const entry = {
      operator: '',
      formula1: '',
      fill: null as string | null,
      fontColor: null as string | null,
    };
    this.context.enqueue(type.length, () => {
      const { sheet, rect } = this.range.resolveTarget();
      sheet.assertWritable();
      sheet.conditionals.push({ rect, ...entry });
      const stored = sheet.conditionals[sheet.conditionals.length - 1];
      // Later property sets in the same batch update the stored rule.
      bind.stored = stored;
    });
    const bind: { stored: (typeof entry & { rect: Rect }) | null } = { stored: null };
    const update = (patch: Partial<typeof entry>): void =>
      this.context.enqueue(jsonBytes(patch), () => {
        if (bind.stored) Object.assign(bind.stored, patch);
      });
    return {
      cellValue: {
        format: {
          fill: {
            set color(v: string) {
              update({ fill: v });
            },
            get color(): string {
              return entry.fill ?? '';
            },
          },
          font: {
            set color(v: string) {
              update({ fontColor: v });
            },
            get color(): string {
              return entry.fontColor ?? '';
            },
          },
        },
        set rule(rule: { formula1: string; operator: string }) {
          update({ formula1: rule.formula1, operator: rule.operator });
        },
        get rule(): { formula1: string; operator: string } {
          return { formula1: entry.formula1, operator: entry.operator };
        },
      },
    };
  }

  clearAll(): void {
    this.context.enqueue(0, () => {
      const { sheet, rect } = this.range.resolveTarget();
      sheet.assertWritable();
      sheet.conditionals = sheet.conditionals.filter((cf) => !overlaps(cf.rect, rect));
    });
  }
}
