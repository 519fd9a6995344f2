// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { CellValue, Grid } from '../../core/model/cell.js';
import { sampleWorkbook, SAMPLE_PLAN_SHEET } from '../../core/sample/sample-workbook.js';
import { columnWidths, MAX_COLUMN_PX, MIN_COLUMN_PX } from '../../playground/grid/columnWidths.js';
import { guessColumnKinds } from '../../playground/grid/guessColumnKinds.js';
import { columnWindow, SheetGrid } from '../../playground/grid/SheetGrid.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('column formats of the user’s own sheets', () => {
  it('shows the sample plan’s Start, Due and Last review as dates, and its amounts as numbers', () => {
    const grid = sampleWorkbook().grids[SAMPLE_PLAN_SHEET];
    const header = grid[3];
    const kinds = guessColumnKinds(grid);
    const dated = header.filter((_, c) => kinds[c] === 'date');
    expect(dated).toEqual(['Start', 'Due', 'Last review']);
  });

  it('leaves a column alone when a number under a date header is not a whole day in 1990–2099', () => {
    const grid: Grid = [
      ['Start', 'Due', 'End of run'],
      [46388, 46418.5, 46388],
      [46419, 46450, 12],
    ];
    expect(guessColumnKinds(grid)).toEqual(['date', undefined, undefined]);
  });
});

describe('column widths', () => {
  it('fits the longest text shown in a column, within limits', () => {
    const grid: Grid = [['ID', 'A name far longer than any column should be allowed to grow', null]];
    const widths = columnWidths(grid, 4, (v: CellValue) => String(v));
    expect(widths[0]).toBe(MIN_COLUMN_PX);
    expect(widths[1]).toBe(MAX_COLUMN_PX);
    expect(widths[3]).toBe(MIN_COLUMN_PX);
  });
});

describe('columns drawn', () => {
  const widths = Array.from({ length: 40 }, () => 100);

  it('draws the columns in view and 400 px either side, and keeps the width of the rest', () => {
    expect(columnWindow(widths, 0, 800)).toEqual({ first: 0, last: 13, before: 0, after: 2700 });
    expect(columnWindow(widths, 2000, 800)).toEqual({ first: 16, last: 33, before: 1600, after: 700 });
    expect(columnWindow(widths, 3900, 800)).toEqual({ first: 35, last: 40, before: 3500, after: 0 });
  });
});

describe('SheetGrid', () => {
  it('draws only the rows near the view of a ten-thousand-line sheet', () => {
    const grid: Grid = Array.from({ length: 10_000 }, (_, r) => [`Line ${r + 1}`, r * 10]);
    render(<SheetGrid sheet="Big" grid={grid} onEdit={() => undefined} />);
    const table = screen.getByRole('table', { name: 'Cells of Big' });
    expect(table.getAttribute('aria-rowcount')).toBe('10004');
    const drawn = table.querySelectorAll('td[data-row]').length / 5; // 2 columns + 3 blank ones
    expect(drawn).toBeGreaterThan(20);
    expect(drawn).toBeLessThan(100);
    expect(screen.getByText('Line 1')).toBeTruthy();
    expect(screen.queryByText('Line 9000')).toBeNull();
  });

  it('draws the rows in view first, and those just past it once the page is idle', () => {
    // The test decides when the page is idle, rather than waiting for it.
    const idle: IdleRequestCallback[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => idle.push(callback));
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    const grid: Grid = Array.from({ length: 1_000 }, (_, r) => [`Line ${r + 1}`]);
    render(<SheetGrid sheet="Big" grid={grid} onEdit={() => undefined} />);
    const inView = Math.ceil(window.innerHeight / 24);
    const lastDrawn = () =>
      Math.max(
        ...[...document.querySelectorAll('td[data-row]')].map((td) =>
          Number((td as HTMLElement).dataset.row),
        ),
      );
    expect(lastDrawn()).toBe(inView - 1);
    expect(idle).toHaveLength(1);
    act(() => idle.forEach((callback) => callback({ didTimeout: false, timeRemaining: () => 50 })));
    expect(lastDrawn()).toBe(inView + 20 - 1);
  });

  it('shows dates of a date column, and saves what a person types into a cell', () => {
    const edits: [number, number, CellValue][] = [];
    const grid: Grid = [
      ['Campaign', 'Start'],
      ['Webinar', 46388],
    ];
    render(
      <SheetGrid
        sheet="Plan"
        grid={grid}
        kinds={[undefined, 'date']}
        onEdit={(r, c, v) => edits.push([r, c, v])}
      />,
    );
    const start = document.querySelector('td[data-cell="B2"]')!;
    expect(start.textContent).toBe('2027-01-01');
    fireEvent.doubleClick(document.querySelector('td[data-cell="A2"]')!);
    const editor = screen.getByLabelText('Edit Plan!A2');
    fireEvent.change(editor, { target: { value: '1200' } });
    fireEvent.keyDown(editor, { key: 'Enter' });
    expect(edits).toEqual([[1, 0, 1200]]);
  });

  it('opens the editor from the keyboard with Enter or F2', () => {
    render(<SheetGrid sheet="Plan" grid={[['a', 'b']]} onEdit={() => undefined} />);
    fireEvent.keyDown(document.querySelector('td[data-cell="B1"]')!, { key: 'F2' });
    expect(screen.getByLabelText<HTMLInputElement>('Edit Plan!B1').value).toBe('b');
  });
});
