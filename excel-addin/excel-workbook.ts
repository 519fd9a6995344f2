import { isPlanGateSheet } from '../core/index.js';
import { ConcurrentEditError, type WorkbookPort, type WorkbookRead, type WritePlan } from '../core/index.js';
import { BatchPlan } from './workbook/batch-plan.js';
import { queueProbes } from './workbook/sheet-probe.js';
import { queueSheetWrite } from './workbook/queue-sheet-write.js';
import {
  FIRST_GUESS_BYTES_PER_CELL,
  RESPONSE_BYTES,
  isResponseTooLarge,
  readInBlocks,
} from './workbook/read-in-blocks.js';
import { readOnce } from './workbook/read-once.js';
import { protectedWithPassword } from './workbook/protected-with-password.js';

/** `Excel.run`, or a stand-in with the same shape (tests pass the fake's). */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelWorkbookOptions {
  run?: ExcelRun;
  /** Upper bound of one request's estimated payload. Excel on the web refuses requests above 5 MB. */
  requestBytes?: number;
  /** The sheets this port may write: PlanGate's own (default), or the self-test's scratch copies. */
  owns?: (sheet: string) => boolean;
}

/** Keeps each request under 4 MB (the estimate counts more than Office.js sends). */
export const DEFAULT_REQUEST_BYTES = 3_900_000;

/**
 * WorkbookPort over Office.js. `read` is one `context.sync` for every sheet asked for (more only
 * when the answer would pass Excel on the web's 5 MB response limit);
 * `write` is one sync to look at the PG sheets it touches plus one per ~3.9 MB of payload.
 */
export class ExcelWorkbook implements WorkbookPort {
  private readonly run: ExcelRun;
  private readonly requestBytes: number;
  private readonly owns: (sheet: string) => boolean;
  /** Cells per sheet as last read or written, to plan the next read. */
  private readonly knownCells = new Map<string, number>();

  constructor(options: ExcelWorkbookOptions = {}) {
    this.run = options.run ?? ((batch) => Excel.run(batch));
    this.requestBytes = options.requestBytes ?? DEFAULT_REQUEST_BYTES;
    this.owns = options.owns ?? isPlanGateSheet;
  }

  async read(sheets: readonly string[]): Promise<WorkbookRead> {
    const names = [...new Set(sheets)];
    // Excel on the web answers at most 5 MB per request: big registers are read in blocks, straight
    // away when this pane already saw them big, else after the one-sync attempt is refused.
    const knownBytes =
      names.reduce((sum, name) => sum + (this.knownCells.get(name) ?? 0), 0) * FIRST_GUESS_BYTES_PER_CELL;
    let read: WorkbookRead;
    if (knownBytes > RESPONSE_BYTES) {
      read = await this.run((context) => readInBlocks(context, names));
    } else {
      try {
        read = await this.run((context) => readOnce(context, names));
      } catch (error) {
        if (!isResponseTooLarge(error)) throw error;
        read = await this.run((context) => readInBlocks(context, names));
      }
    }
    for (const [name, grid] of Object.entries(read.grids))
      this.knownCells.set(name, grid.length * (grid[0]?.length ?? 0));
    return read;
  }

  async write(plan: WritePlan): Promise<void> {
    for (const { sheet } of plan.sheets) {
      if (!this.owns(sheet)) {
        throw new Error(
          `PlanGate only writes its own "PG" sheets; "${sheet}" is yours and was left untouched.`,
        );
      }
    }
    if (plan.sheets.length === 0) return;
    await this.run(async (context) => {
      const stamped = new Set(plan.sheets.filter((s) => s.expectedStamp !== undefined).map((s) => s.sheet));
      const probed = queueProbes(context, [...new Set(plan.sheets.map((s) => s.sheet))], stamped);
      await context.sync();
      const probes = probed();
      for (const write of plan.sheets) {
        const probe = probes.get(write.sheet)!;
        if (write.expectedStamp !== undefined && probe.stamp !== write.expectedStamp)
          throw new ConcurrentEditError(write.sheet);
        if (write.mode !== 'append') continue;
        if (!probe.exists || probe.usedRows === 0) {
          throw new Error(
            `${write.sheet} is missing or empty, so there is no header to add rows under. Refresh the register first.`,
          );
        }
        if (write.expectedRows !== undefined && write.expectedRows !== probe.usedRows)
          throw new ConcurrentEditError(write.sheet);
      }

      for (const write of plan.sheets) {
        const cells = write.rows.length * Math.max(0, ...write.rows.map((r) => r.length));
        const before = write.mode === 'append' ? (this.knownCells.get(write.sheet) ?? 0) : 0;
        this.knownCells.set(write.sheet, before + cells);
      }
      const batches = new BatchPlan(this.requestBytes);
      for (const write of plan.sheets) queueSheetWrite(batches, write, probes.get(write.sheet)!);
      const list = batches.nonEmpty();
      try {
        for (const [index, batch] of list.entries()) {
          const last = index === list.length - 1;
          // Bulk writes: no recalculation between blocks, and no selection events from our own
          // edits. Suspending makes recalculating our job ("Once set, it is the developer's
          // responsibility to re-calc the workbook", Application.suspendApiCalculationUntilNextSync),
          // so the last block is not suspended and, after suspended ones, asks for a full
          // calculation: formulas over the PG sheets never show old values.
          if (!last) context.workbook.application.suspendApiCalculationUntilNextSync();
          if (index === 0) context.runtime.enableEvents = false;
          for (const write of batch) write.queue(context);
          if (last && list.length > 1)
            context.workbook.application.calculate('Full' as Excel.CalculationType);
          if (last) context.runtime.enableEvents = true;
          await context.sync();
        }
      } catch (error) {
        context.runtime.enableEvents = true;
        await context.sync().catch(() => undefined);
        throw protectedWithPassword(error, plan, probes) ?? error;
      }
    });
  }
}
