import { FakeExcelError } from './excel-error.js';
import { SheetState } from './sheet-state.js';

export interface SelectionEvent {
  worksheetId: string;
  address: string;
  type: 'WorksheetSelectionChanged';
  source: 'Local';
}

/** The workbook behind the fake: sheets in tab order, plus event handlers registered by add-ins. */
export class WorkbookState {
  sheets: SheetState[] = [];
  /** `context.runtime.enableEvents`: per add-in runtime, so it outlives one `Excel.run`. */
  eventsEnabled = true;
  writesWithEventsOn = 0;
  selectionHandlers = new Map<string, ((event: SelectionEvent) => Promise<unknown>)[]>();

  find(name: string): SheetState | null {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null;
  }

  add(name: string): SheetState {
    if (name.length === 0 || name.length > 31 || /[[\]:*?/\\]/.test(name)) {
      throw new FakeExcelError('InvalidArgument', `"${name}" is not a valid worksheet name.`);
    }
    if (this.find(name))
      throw new FakeExcelError('ItemAlreadyExists', `A worksheet named "${name}" already exists.`);
    const sheet = new SheetState(name);
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
