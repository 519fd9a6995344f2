import { FakeExcelError } from './excel-error.js';
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
export class WorkbookState {
  sheets: SheetState[] = [];
  /** `context.runtime.enableEvents`: per add-in runtime, so it outlives one `Excel.run`. */
  eventsEnabled = true;
  writesWithEventsOn = 0;
  selectionHandlers = new Map<string, ((event: SelectionEvent) => Promise<unknown>)[]>();

  collectionHandlers: CollectionHandlers = { selection: [], changed: [] };

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
