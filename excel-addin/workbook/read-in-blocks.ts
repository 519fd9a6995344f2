import type { CellValue, Grid } from '../../core/index.js';
import type { WorkbookRead } from '../../core/index.js';

/** Target size of one answer: under Excel on the web's 5 MB, with room for the estimate's error. */
export const RESPONSE_BYTES = 4_200_000;
/** A cell's size in an answer (JSON) when nothing is known yet; used to decide to read in blocks. */
export const FIRST_GUESS_BYTES_PER_CELL = 10;
/** Rows of each sheet read with the sizes, to learn how many bytes its cells take. */
const SAMPLE_ROWS = 300;

interface Block {
  name: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** Cells one range read carries at most: Excel refuses more than 5,000,000 (`RangeExceedsLimit`). */
export const CELLS_PER_READ = 4_000_000;

/**
 * Whether a read failed for its size: over 5 MB on the web (`ResponsePayloadSizeLimitExceeded`),
 * or over 5,000,000 cells in one range on any platform (`RangeExceedsLimit`, the error desktop
 * Excel raises, having no 5 MB limit). Either way the answer is read again in smaller blocks.
 */
export function isResponseTooLarge(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ResponsePayloadSizeLimitExceeded' || code === 'RangeExceedsLimit';
}

/**
 * The read for workbooks too large for one answer: one round trip for the sheet names, the
 * used-range sizes and the first rows of each sheet (which tell how many bytes its cells take),
 * then the remaining rows in blocks packed into answers of about `limit` bytes. An answer that is
 * still too large is retried in halves.
 */
export async function readInBlocks(
  context: Excel.RequestContext,
  sheets: readonly string[],
  limit = RESPONSE_BYTES,
): Promise<WorkbookRead> {
  const all = context.workbook.worksheets.load('items/name');
  const probes = sheets.map((name) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    const used = sheet.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount');
    const sample = sheet
      .getRange(`1:${SAMPLE_ROWS}`)
      .getUsedRangeOrNullObject(true)
      .load('values,rowIndex,columnIndex');
    return { name, sheet, used, sample };
  });
  await context.sync();

  const grids: Record<string, Grid> = {};
  const perCell = new Map<string, number>();
  const queue: Block[] = [];
  for (const { name, sheet, used, sample } of probes) {
    if (sheet.isNullObject) continue;
    if (used.isNullObject) {
      grids[name] = [];
      continue;
    }
    const width = used.columnIndex + used.columnCount;
    grids[name] = Array.from({ length: used.rowIndex + used.rowCount }, () =>
      new Array<CellValue>(width).fill(null),
    );
    let next = used.rowIndex;
    perCell.set(name, FIRST_GUESS_BYTES_PER_CELL);
    if (!sample.isNullObject) {
      const rows = sample.values.length;
      const block = {
        name,
        row: sample.rowIndex,
        col: sample.columnIndex,
        rows,
        cols: sample.values[0]?.length ?? 0,
      };
      place(grids[name], block, sample.values);
      learn(perCell, block, sample.values);
      next = sample.rowIndex + rows;
    }
    const end = used.rowIndex + used.rowCount;
    // The sample covers whole rows only where its columns match the used range's.
    if (
      !sample.isNullObject &&
      (sample.columnIndex !== used.columnIndex || (sample.values[0]?.length ?? 0) !== used.columnCount)
    ) {
      next = used.rowIndex;
    }
    if (next < end)
      queue.push({ name, row: next, col: used.columnIndex, rows: end - next, cols: used.columnCount });
  }

  while (queue.length > 0) {
    const group = takeAnswer(queue, limit, (b) => b.cols * perCell.get(b.name)!);
    const ranges = group.map((b) =>
      context.workbook.worksheets
        .getItem(b.name)
        .getRangeByIndexes(b.row, b.col, b.rows, b.cols)
        .load('values'),
    );
    try {
      await context.sync();
    } catch (error) {
      if (!isResponseTooLarge(error) || group.every((b) => b.rows === 1)) throw error;
      for (const b of group) perCell.set(b.name, perCell.get(b.name)! * 2);
      queue.unshift(...group);
      continue;
    }
    group.forEach((block, i) => {
      place(grids[block.name], block, ranges[i].values);
      learn(perCell, block, ranges[i].values);
    });
  }
  return { sheetNames: all.items.map((s) => s.name), grids };
}

/** This sheet's bytes per cell as the answer carried them (JSON), plus a margin. */
function learn(perCell: Map<string, number>, block: Block, values: unknown[][]): void {
  const cells = block.rows * block.cols;
  if (cells > 0) perCell.set(block.name, (JSON.stringify(values).length / cells) * 1.1);
}

/**
 * Takes the rows of one answer off the front of `queue`: whole blocks while they fit, then the
 * rows of the next block that still fit, so every answer but the last is filled close to `limit`
 * (never a small leftover of its own). At least one row, however wide.
 */
function takeAnswer(queue: Block[], limit: number, rowBytes: (b: Block) => number): Block[] {
  const group: Block[] = [];
  let room = limit;
  while (queue.length > 0) {
    const block = queue[0];
    const fit = Math.min(Math.floor(room / rowBytes(block)), Math.floor(CELLS_PER_READ / block.cols));
    if (fit < 1 && group.length > 0) break;
    const rows = Math.min(block.rows, Math.max(1, fit));
    group.push({ ...block, rows });
    room -= rows * rowBytes(block);
    if (rows === block.rows) queue.shift();
    else queue[0] = { ...block, row: block.row + rows, rows: block.rows - rows };
  }
  return group;
}

function place(grid: Grid, block: Block, values: unknown[][]): void {
  values.forEach((line, r) => {
    const row = grid[block.row + r];
    line.forEach((v, c) => {
      row[block.col + c] = v === '' || v === null || v === undefined ? null : (v as CellValue);
    });
  });
}
