import type { CellValue, Grid } from '../../core/index.js';

/**
 * The used range as the port wants it: from A1 (padding the rows and columns above and left of
 * the used range), with Excel's "" for a blank cell turned into null.
 */
export function toGrid(values: unknown[][], rowIndex: number, columnIndex: number): Grid {
  const width = columnIndex + (values[0]?.length ?? 0);
  const grid: Grid = [];
  for (let r = 0; r < rowIndex; r++) grid.push(new Array<CellValue>(width).fill(null));
  for (const line of values) {
    const row = new Array<CellValue>(width).fill(null);
    line.forEach((v, c) => {
      row[columnIndex + c] = toCell(v);
    });
    grid.push(row);
  }
  return grid;
}

function toCell(value: unknown): CellValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}
