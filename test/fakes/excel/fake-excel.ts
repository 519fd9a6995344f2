import type { CellValue } from '../../../core/model/cell.js';
import { parseAddress } from './a1.js';
import { FakeWorkbook } from './fake-workbook.js';
import { FakeRequestContext, type FakeStats } from './request-context.js';
import type { SheetState } from './sheet-state.js';
import {
  type ChangeEvent,
  type FakePlatform,
  type SelectionEvent,
  WorkbookState,
  sheetId,
} from './workbook-state.js';

/** The subset of `Excel.RequestContext` the fake provides. */
export class FakeContext extends FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly runtime: { enableEvents: boolean };

  constructor(state: WorkbookState, stats: FakeStats) {
    super(state, stats);
    this.workbook = new FakeWorkbook(this);
    const runtime = { enableEvents: true };
    Object.defineProperty(runtime, 'enableEvents', {
      get: () => state.eventsEnabled,
      set: (value: boolean) => {
        this.enqueue(5, () => {
          state.eventsEnabled = value;
        });
      },
    });
    this.runtime = runtime;
  }
}

export interface FakeExcel {
  /** Stands in for `Excel.run`; hand it to `ExcelWorkbook`. */
  run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  state: WorkbookState;
  stats: FakeStats;
  /** Adds a sheet with values (as a user would type them, through Excel's own parsing). */
  addSheet(name: string, rows?: CellValue[][]): SheetState;
  /** Simulates the user selecting `address` on `sheet`: fires registered selection handlers. */
  select(sheet: string, address: string): Promise<void>;
  /** Simulates the user typing `value` into `address` of `sheet`: fires change handlers (when events are on). */
  edit(sheet: string, address: string, value: CellValue): Promise<void>;
  /** Round trips since the fake was made (or since `resetStats`). */
  syncCount(): number;
  resetStats(): void;
}

export interface FakeExcelOptions {
  /** 'web' (default) enforces the 5 MB request and response limits; 'desktop' has none. */
  platform?: FakePlatform;
  /** Cells one range read may hold (Excel: 5,000,000); tests lower it to stay small. */
  rangeCellLimit?: number;
}

/** A behavioural fake of the Office.js Excel API subset PlanGate uses. */
export function createFakeExcel(options: FakeExcelOptions = {}): FakeExcel {
  const state = new WorkbookState();
  state.platform = options.platform ?? 'web';
  if (options.rangeCellLimit !== undefined) state.rangeCellLimit = options.rangeCellLimit;
  const stats: FakeStats = { syncs: [] };
  return {
    state,
    stats,
    run: async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
      const context = new FakeContext(state, stats);
      const result = await batch(context as unknown as Excel.RequestContext);
      await context.sync(); // Excel.run flushes whatever is still queued
      return result;
    },
    addSheet(name, rows = []) {
      const sheet = state.add(name);
      rows.forEach((row, r) => row.forEach((v, c) => sheet.setValue(r, c, v)));
      if (!state.calculationOwed) state.recalculate();
      return sheet;
    },
    async select(sheet, address) {
      const event: SelectionEvent = {
        worksheetId: sheetId(sheet),
        address,
        type: 'WorksheetSelectionChanged',
        source: 'Local',
      };
      for (const handler of state.selectionHandlers.get(sheet) ?? []) await handler(event);
      for (const handler of [...state.collectionHandlers.selection]) await handler(event);
    },
    async edit(sheet, address, value) {
      const target = state.find(sheet);
      if (!target) throw new Error(`No sheet ${sheet}`);
      const rect = parseAddress(address);
      target.setValue(rect.row, rect.col, value);
      if (!state.calculationOwed) state.recalculate();
      const event: ChangeEvent = {
        worksheetId: sheetId(sheet),
        address,
        type: 'WorksheetChanged',
        changeType: 'RangeEdited',
        source: 'Local',
      };
      for (const handler of [...state.collectionHandlers.changed]) await handler(event);
    },
    syncCount: () => stats.syncs.length,
    resetStats: () => {
      stats.syncs.length = 0;
    },
  };
}
