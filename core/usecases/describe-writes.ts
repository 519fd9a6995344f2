import type { SheetWrite } from '../contract/workbook-port.js';

/** What a write plan did, in words for the pane: "PG Audit (+1 row)", "PG Register (24 rows)". */
export function describeWrites(sheets: readonly SheetWrite[]): string[] {
  return sheets.map((write) => {
    const rows =
      write.mode === 'append'
        ? write.rows.length
        : Math.max(0, write.rows.length - (write.layout?.headerRows ?? 1));
    const unit = rows === 1 ? 'row' : 'rows';
    return write.mode === 'append' ? `${write.sheet} (+${rows} ${unit})` : `${write.sheet} (${rows} ${unit})`;
  });
}
