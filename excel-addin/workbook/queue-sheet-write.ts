import type { SheetWrite } from '../../core/index.js';
import { ACTION_BYTES, type BatchPlan } from './batch-plan.js';
import { EXCEL_MONEY, columnNumberFormats } from '../../core/index.js';
import { queueLayout } from './queue-layout.js';
import { queueRows } from './queue-rows.js';
import type { SheetProbe } from './sheet-probe.js';

/** Queues one sheet's write: reset (replace) or placement (append), rows in blocks, then layout. */
export function queueSheetWrite(plan: BatchPlan, write: SheetWrite, probe: SheetProbe): void {
  const width = Math.max(write.layout?.columns.length ?? 0, ...write.rows.map((r) => r.length), 0);
  const columnFormats = columnNumberFormats(write.layout, width, EXCEL_MONEY);

  if (write.mode === 'append') {
    if (write.rows.length === 0 || width === 0) return;
    queueRows(plan, {
      sheet: write.sheet,
      startRow: probe.usedRows,
      rows: write.rows,
      width,
      columnFormats,
      headerRows: 0,
      reprotect: probe.isProtected,
    });
    return;
  }

  const { sheet } = write;
  const resetActions = probe.exists ? 5 + probe.tables.length + probe.charts.length : 1;
  plan.add({
    bytes: ACTION_BYTES * resetActions,
    queue: (context) => {
      if (!probe.exists) {
        context.workbook.worksheets.add(sheet);
        return;
      }
      const ws = context.workbook.worksheets.getItem(sheet);
      if (probe.isProtected) ws.protection.unprotect();
      for (const name of probe.tables) ws.tables.getItem(name).delete();
      for (const name of probe.charts) ws.charts.getItem(name).delete();
      const all = ws.getRange();
      all.dataValidation.clear();
      all.conditionalFormats.clearAll();
      all.clear('All' as Excel.ClearApplyTo);
      ws.freezePanes.unfreeze();
    },
  });
  if (width === 0) return;
  const headerRows = Math.min(write.layout?.headerRows ?? 0, write.rows.length);
  queueRows(plan, {
    sheet,
    startRow: 0,
    rows: write.rows,
    width,
    columnFormats,
    headerRows,
    reprotect: false,
  });
  if (write.layout) {
    queueLayout(plan, {
      sheet,
      layout: write.layout,
      dataRows: write.rows.length - headerRows,
      width,
      headers: write.rows[0] ?? [],
    });
  }
}
