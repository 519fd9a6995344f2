import { describe, expect, it } from 'vitest';
import { BlockFormats } from '../../excel-addin/workbook/block-formats.js';

function block(rows: string[][]): BlockFormats {
  const formats = new BlockFormats(rows[0].length);
  for (const row of rows) formats.add(row);
  return formats;
}

const repeat = (row: string[], times: number): string[][] => Array.from({ length: times }, () => row);

describe('BlockFormats', () => {
  it('merges neighbouring columns that change format at the same rows into one rectangle per run', () => {
    const writes = block([...repeat(['@', '@', '0.0%'], 300), ...repeat(['@', '@', '@'], 200)]).writes();
    expect(writes).toEqual([
      { row: 0, col: 0, rows: 500, cols: 2, format: '@' },
      { row: 0, col: 2, rows: 300, cols: 1, format: '0.0%' },
      { row: 300, col: 2, rows: 200, cols: 1, format: '@' },
    ]);
  });

  it('sends a column whose format alternates as one array, which costs less than a run per cell', () => {
    const rows = Array.from({ length: 50 }, (_, i) => [i % 2 === 0 ? '@' : '0']);
    const formats = block(rows);
    expect(formats.writes()).toEqual([{ row: 0, col: 0, rows: 50, cols: 1, format: rows }]);
    expect(formats.bytes).toBeLessThan(50 * 20);
  });

  it('predicts exactly what a row adds, and a long run stops growing', () => {
    const formats = block(repeat(['@', '0'], 300));
    const before = formats.bytes;
    const growth = formats.growth(['@', '@']);
    formats.add(['@', '@']);
    expect(formats.bytes - before).toBe(growth);
    expect(growth).toBeGreaterThan(0);
    expect(formats.growth(['@', '@'])).toBe(0);
  });
});
