import { expect } from 'vitest';
import type { Locator } from 'playwright-core';

/**
 * Whether the grid has drawn the cells a user sees: at the left and the right edge of its box,
 * halfway down, there is a real cell, not the blank that stands in for columns not drawn yet.
 * The grid draws the columns in view first and its margin when the browser is idle, so a test
 * waits for this rather than for time to pass.
 */
function cellsInViewDrawn(grid: Locator): Promise<boolean> {
  return grid.evaluate((table) => {
    const box = table.parentElement!.getBoundingClientRect();
    const rowHeader = table.querySelector('tbody th')?.getBoundingClientRect().width ?? 0;
    const y = box.top + box.height / 2;
    const right = Math.min(box.right, table.getBoundingClientRect().right) - 2;
    return [box.left + rowHeader + 2, right].every((x) => {
      const cell = document.elementFromPoint(x, y)?.closest('td');
      return cell?.hasAttribute('data-col') ?? false;
    });
  });
}

/** Scrolls the grid to `left` as a user drags its scroll bar, and waits until the cells in view are drawn. */
export async function scrollGridTo(grid: Locator, left: number): Promise<void> {
  await grid.evaluate((table, x) => table.parentElement!.scrollTo({ left: x }), left);
  await expect.poll(() => cellsInViewDrawn(grid)).toBe(true);
}

/**
 * Scrolls the grid sideways a view at a time until `cell` is drawn, as a user looks for a column,
 * and returns its column index. Fails once the grid cannot scroll further.
 */
export async function scrollGridToCell(grid: Locator, cell: Locator): Promise<number> {
  await expect.poll(() => cellsInViewDrawn(grid)).toBe(true);
  for (;;) {
    if ((await cell.count()) > 0) return Number(await cell.getAttribute('data-col'));
    const { left, width, max } = await grid.evaluate((table) => {
      const box = table.parentElement!;
      return { left: box.scrollLeft, width: box.clientWidth, max: box.scrollWidth - box.clientWidth };
    });
    expect(left, 'the column was not found before the grid ended').toBeLessThan(max);
    await scrollGridTo(grid, Math.min(max, left + width / 2));
  }
}
