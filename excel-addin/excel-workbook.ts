import type { Grid } from '../core/model/cell.js';
import { isPlanGateSheet } from '../core/model/sheets.js';
import {
  ConcurrentEditError,
  type WorkbookPort,
  type WorkbookRead,
  type WritePlan,
} from '../core/port/workbook-port.js';
import { BatchPlan } from './workbook/batch-plan.js';
import { queueProbes } from './workbook/sheet-probe.js';
import { queueSheetWrite } from './workbook/queue-sheet-write.js';
import { toGrid } from './workbook/to-grid.js';

/** `Excel.run`, or a stand-in with the same shape (tests pass the fake's). */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelWorkbookOptions {
  run?: ExcelRun;
  /** Upper bound of one request's estimated payload. Excel on the web refuses requests above 5 MB. */
  requestBytes?: number;
}

/** Keeps each request under 4 MB (the estimate counts more than Office.js sends). */
export const DEFAULT_REQUEST_BYTES = 3_900_000;

/**
 * WorkbookPort over Office.js. `read` is one `context.sync` for every sheet asked for;
 * `write` is one sync to look at the PG sheets it touches plus one per ~3.9 MB of payload.
 */
export class ExcelWorkbook implements WorkbookPort {
  private readonly run: ExcelRun;
  private readonly requestBytes: number;

  constructor(options: ExcelWorkbookOptions = {}) {
    this.run = options.run ?? ((batch) => Excel.run(batch));
    this.requestBytes = options.requestBytes ?? DEFAULT_REQUEST_BYTES;
  }

  read(sheets: readonly string[]): Promise<WorkbookRead> {
    return this.run(async (context) => {
      const all = context.workbook.worksheets.load('items/name');
      const used = [...new Set(sheets)].map((name) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject(name);
        return {
          name,
          sheet,
          range: sheet.getUsedRangeOrNullObject(true).load('values,rowIndex,columnIndex'),
        };
      });
      await context.sync();
      const grids: Record<string, Grid> = {};
      for (const { name, sheet, range } of used) {
        if (sheet.isNullObject) continue;
        grids[name] = range.isNullObject ? [] : toGrid(range.values, range.rowIndex, range.columnIndex);
      }
      return { sheetNames: all.items.map((s) => s.name), grids };
    });
  }

  async write(plan: WritePlan): Promise<void> {
    for (const { sheet } of plan.sheets) {
      if (!isPlanGateSheet(sheet)) {
        throw new Error(
          `PlanGate only writes its own "PG" sheets; "${sheet}" is yours and was left untouched.`,
        );
      }
    }
    if (plan.sheets.length === 0) return;
    await this.run(async (context) => {
      const probed = queueProbes(context, [...new Set(plan.sheets.map((s) => s.sheet))]);
      await context.sync();
      const probes = probed();
      for (const write of plan.sheets) {
        const probe = probes.get(write.sheet)!;
        if (write.mode !== 'append') continue;
        if (!probe.exists || probe.usedRows === 0) {
          throw new Error(
            `${write.sheet} is missing or empty, so there is no header to add rows under. Refresh the register first.`,
          );
        }
        if (write.expectedRows !== undefined && write.expectedRows !== probe.usedRows)
          throw new ConcurrentEditError(write.sheet);
      }

      const batches = new BatchPlan(this.requestBytes);
      for (const write of plan.sheets) queueSheetWrite(batches, write, probes.get(write.sheet)!);
      const list = batches.nonEmpty();
      try {
        for (const [index, batch] of list.entries()) {
          // Bulk writes: no recalculation between blocks, and no selection events from our own edits.
          context.workbook.application.suspendApiCalculationUntilNextSync();
          if (index === 0) context.runtime.enableEvents = false;
          for (const write of batch) write.queue(context);
          if (index === list.length - 1) context.runtime.enableEvents = true;
          await context.sync();
        }
      } catch (error) {
        context.runtime.enableEvents = true;
        await context.sync().catch(() => undefined);
        throw error;
      }
    });
  }
}
