import { isPlanGateSheet } from '../../core/index.js';
import type { ExcelRun } from '../excel-workbook.js';
import { firstRow, idOnRegisterRow } from './selection-to-id.js';

type Handler = OfficeExtension.EventHandlerResult<unknown>;

/** Registers a workbook-level handler; the returned function removes it (in the context it was added in). */
function listen(run: ExcelRun, add: (sheets: Excel.WorksheetCollection) => Handler): () => void {
  let handler: Handler | null = null;
  let stopped = false;
  void run(async (context) => {
    handler = add(context.workbook.worksheets);
    await context.sync();
    if (stopped) await remove(handler);
  }).catch(() => undefined); // an Excel without these events: the pane still works, just without live updates
  return () => {
    stopped = true;
    if (handler) void remove(handler).catch(() => undefined);
  };
}

async function remove(handler: Handler): Promise<void> {
  handler.remove();
  await handler.context.sync();
}

/** Selecting a row of PG Register selects that initiative in the pane. */
export function subscribeSelection(run: ExcelRun): (onSelect: (id: string) => void) => () => void {
  return (onSelect) =>
    listen(run, (sheets) =>
      sheets.onSelectionChanged.add(async (event) => {
        const row = firstRow(event.address);
        const id = row === null ? null : await idOnRegisterRow(run, event.worksheetId, row).catch(() => null);
        if (id) onSelect(id);
      }),
    );
}

/**
 * Hand edits (or a co-author's) on a PG sheet tell the pane to reload. PlanGate's own writes run
 * with events off, so they do not echo back. Bursts of edits collapse into one reload.
 */
export function subscribeChanges(run: ExcelRun, quietMs = 600): (onChange: () => void) => () => void {
  return (onChange) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = listen(run, (sheets) =>
      sheets.onChanged.add(async (event) => {
        const name = await run(async (context) => {
          const sheet = context.workbook.worksheets.getItem(event.worksheetId).load('name');
          await context.sync();
          return sheet.name;
        }).catch(() => null);
        if (name === null || !isPlanGateSheet(name)) return;
        clearTimeout(timer);
        timer = setTimeout(onChange, quietMs);
      }),
    );
    return () => {
      clearTimeout(timer);
      stop();
    };
  };
}
