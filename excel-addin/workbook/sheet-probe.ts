import { ABSENT_SHEET, gridStamp } from '../../core/index.js';
import { toGrid } from './to-grid.js';
/** What the adapter must know about a PG sheet before writing it (one sync for all sheets). */
export interface SheetProbe {
  exists: boolean;
  isProtected: boolean;
  tables: string[];
  charts: string[];
  /** 1-based number of the last used row (0 when empty or missing). */
  usedRows: number;
  /** `gridStamp` of the sheet's values, for the sheets asked to be stamped. */
  stamp?: string;
}

interface PendingProbe {
  sheet: Excel.Worksheet;
  protection: Excel.WorksheetProtection;
  tables: Excel.TableCollection;
  charts: Excel.ChartCollection;
  used: Excel.Range;
}

/** Queues the loads for `names`; call the returned function after the next sync. */
export function queueProbes(
  context: Excel.RequestContext,
  names: readonly string[],
  stamped: ReadonlySet<string> = new Set(),
): () => Map<string, SheetProbe> {
  const pending = new Map<string, PendingProbe>();
  for (const name of names) {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    pending.set(name, {
      sheet,
      protection: sheet.protection.load('protected'),
      tables: sheet.tables.load('items/name'),
      charts: sheet.charts.load('items/name'),
      // A sheet whose write is guarded also sends its values, in the same sync.
      used: sheet
        .getUsedRangeOrNullObject(true)
        .load(stamped.has(name) ? 'values,rowIndex,columnIndex,rowCount' : 'rowIndex,rowCount'),
    });
  }
  return () => {
    const probes = new Map<string, SheetProbe>();
    for (const [name, p] of pending) {
      const exists = !p.sheet.isNullObject;
      probes.set(name, {
        exists,
        isProtected: exists && p.protection.protected,
        tables: exists ? p.tables.items.map((t) => t.name) : [],
        charts: exists ? p.charts.items.map((c) => c.name) : [],
        usedRows: exists && !p.used.isNullObject ? p.used.rowIndex + p.used.rowCount : 0,
        ...(stamped.has(name)
          ? {
              stamp: !exists
                ? ABSENT_SHEET
                : gridStamp(
                    p.used.isNullObject ? [] : toGrid(p.used.values, p.used.rowIndex, p.used.columnIndex),
                  ),
            }
          : {}),
      });
    }
    return probes;
  };
}
