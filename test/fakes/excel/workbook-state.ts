import { FakeExcelError } from './excel-error.js';
import { evaluateFormula } from './formulas.js';
import { SheetState } from './sheet-state.js';

export interface SelectionEvent {
  worksheetId: string;
  address: string;
  type: 'WorksheetSelectionChanged';
  source: 'Local';
}

export interface ChangeEvent {
  worksheetId: string;
  address: string;
  type: 'WorksheetChanged';
  changeType: 'RangeEdited';
  source: 'Local' | 'Remote';
}

/** Handlers added on `context.workbook.worksheets` (every sheet). */
export interface CollectionHandlers {
  selection: ((event: SelectionEvent) => Promise<unknown>)[];
  changed: ((event: ChangeEvent) => Promise<unknown>)[];
}

/** The workbook behind the fake: sheets in tab order, plus event handlers registered by add-ins. */
/**
 * Where the fake runs. Microsoft, "Resource limits and performance optimization for Office Add-ins"
 * (Excel add-ins): Excel on the web limits each request and each response to 5 MB
 * (`RequestPayloadSizeLimitExceeded`, `ResponsePayloadSizeLimitExceeded`); desktop Excel has no
 * such limit. On every platform a range read of more than 5,000,000 cells fails with
 * `RangeExceedsLimit` ("Excel JavaScript API error codes").
 */
export type FakePlatform = 'web' | 'desktop';

export class WorkbookState {
  sheets: SheetState[] = [];
  platform: FakePlatform = 'web';
  /** Cells one range may read at most. */
  rangeCellLimit = 5_000_000;
  /** `context.runtime.enableEvents`: per add-in runtime, so it outlives one `Excel.run`. */
  eventsEnabled = true;
  writesWithEventsOn = 0;
  selectionHandlers = new Map<string, ((event: SelectionEvent) => Promise<unknown>)[]>();

  collectionHandlers: CollectionHandlers = { selection: [], changed: [] };

  /**
   * Cells were written while the add-in held calculation (`suspendApiCalculationUntilNextSync`)
   * and no full calculation has run since. The reference: "Once set, it is the developer's
   * responsibility to re-calc the workbook, to ensure that any dependencies are propagated." So
   * until `application.calculate('Full')`, formulas over those cells keep their old values, and
   * neither automatic recalculation nor `calculate('Recalculate')` (dirty cells only) fixes them.
   */
  calculationOwed = false;
  /** Full recalculations run (automatic or asked for). */
  recalculations = 0;

  /** Recomputes every formula of every sheet, in tab order (enough for the fake's references). */
  recalculate(): void {
    this.recalculations++;
    for (const sheet of this.sheets) {
      for (const [key, formula] of sheet.formulas) {
        if (!formula.startsWith('=')) continue;
        const [row, col] = key.split(',').map(Number);
        sheet.setComputed(row, col, this.evaluate(formula, sheet.name));
      }
    }
  }

  private evaluate(formula: string, home: string) {
    return evaluateFormula(formula, home, (name, row, col) => {
      const sheet = this.find(name);
      return sheet ? (sheet.value(row, col) ?? 0) : null;
    });
  }

  /** By name (any case) or by id, as `getItem` accepts both. */
  find(key: string): SheetState | null {
    return (
      this.sheets.find((s) => s.name.toLowerCase() === key.toLowerCase() || sheetId(s.name) === key) ?? null
    );
  }

  add(name: string): SheetState {
    if (name.length === 0 || name.length > 31 || /[[\]:*?/\\]/.test(name)) {
      throw new FakeExcelError('InvalidArgument', `"${name}" is not a valid worksheet name.`);
    }
    if (this.find(name))
      throw new FakeExcelError('ItemAlreadyExists', `A worksheet named "${name}" already exists.`);
    const sheet = new SheetState(name);
    sheet.evaluate = (formula) => this.evaluate(formula, sheet.name);
    this.sheets.push(sheet);
    return sheet;
  }

  remove(sheet: SheetState): void {
    if (this.sheets.length === 1)
      throw new FakeExcelError('InvalidOperation', 'A workbook must keep one sheet.');
    this.sheets = this.sheets.filter((s) => s !== sheet);
  }

  tableNames(): string[] {
    return this.sheets.flatMap((s) => s.tables.map((t) => t.name));
  }
}

/** The fake's worksheet ids. */
export function sheetId(name: string): string {
  return `{${name}}`;
}
