/**
 * The playground's grid with a big register, in real Chromium: a plan of 3,000 lines uploaded and
 * converted, then PG Register scrolled to its last row. Only the rows in view are drawn, so the
 * row numbers and cells must still line up exactly wherever the user scrolls.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { buildPlayground } from './support/build-playground.js';
import { scrollGridToCell } from './support/grid-cells.js';
import { launchChromium } from './support/launch-chromium.js';
import { serveStatic, type StaticServer } from './support/static-server.js';

const LINES = 3000;
const MONTHS = ['Jan 2027', 'Feb 2027', 'Mar 2027', 'Apr 2027', 'May 2027', 'Jun 2027'];

function bigPlan(): string {
  const rows = [['ID', 'Initiative', 'Owner', ...MONTHS].join(',')];
  for (let i = 1; i <= LINES; i++) {
    const id = `BIG-${String(i).padStart(4, '0')}`;
    rows.push(
      [id, `Campaign number ${i}`, `Owner ${i % 17}`, ...MONTHS.map((_, m) => 1000 + i + m)].join(','),
    );
  }
  return rows.join('\n');
}

let server: StaticServer;
let browser: Browser;
let page: Page;
let pane: Locator;
const pageErrors: string[] = [];

beforeAll(async () => {
  server = await serveStatic(buildPlayground());
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(server.url);
  pane = page.getByRole('complementary', { name: 'PlanGate task pane' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('playground grid with a register of 3,000 initiatives', () => {
  it('shows the sample’s dates as dates, not serial numbers', async () => {
    const grid = page.getByRole('table', { name: 'Cells of Marketing Plan 2027' });
    // The header is on the sheet's fourth line; look along it for Start as a user would.
    const header = grid.locator('td[data-row="3"]', { hasText: /^Start$/ });
    const start = await scrollGridToCell(grid, header);
    expect(start).toBeGreaterThan(0);
    expect(await grid.locator(`td[data-row="5"][data-col="${start}"]`).innerText()).toMatch(/^2027-\d\d-01$/);
  });

  it('converts an uploaded plan and scrolls the register to its last line', async () => {
    await pane.getByLabel('Or upload a file with the plan').setInputFiles({
      name: 'big-plan.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(bigPlan()),
    });
    await pane.getByRole('button', { name: 'Convert to register' }).click();
    await pane.getByRole('button', { name: 'Open the register' }).waitFor({ timeout: 120_000 });

    await page.getByRole('tab', { name: 'PG Register' }).click();
    const grid = page.getByRole('table', { name: 'Cells of PG Register' });
    // 3,000 initiatives below one header row, and the blank rows to type into.
    expect(Number(await grid.getAttribute('aria-rowcount'))).toBeGreaterThan(LINES + 1);
    const drawn = await grid.locator('tbody tr[aria-rowindex]').count();
    expect(drawn).toBeLessThan(200);

    // Scroll to the bottom as a user would, then read the last initiative's row.
    await grid.evaluate((table) => table.parentElement!.scrollTo({ top: table.parentElement!.scrollHeight }));
    const last = grid.locator('tbody tr', { hasText: 'BIG-3000' });
    await last.waitFor();
    expect(await last.locator('th').innerText()).toBe(String(LINES + 1));
    await expect.poll(() => last.isVisible()).toBe(true);
    const box = await last.boundingBox();
    const view = await grid.evaluate(
      (table) => table.parentElement!.getBoundingClientRect().toJSON() as DOMRect,
    );
    expect(box!.y).toBeGreaterThanOrEqual(view.y);
    expect(box!.y + box!.height).toBeLessThanOrEqual(view.y + view.height + 1);

    // And back to the middle: the row drawn under row number 1,501 is the 1,500th initiative.
    await grid.evaluate((table) => table.parentElement!.scrollTo({ top: 1500 * 24 }));
    const middle = grid.locator('tbody tr', { has: page.locator('th', { hasText: /^1501$/ }) });
    await middle.waitFor();
    expect(await middle.locator('td').first().innerText()).toBe('BIG-1500');
    // Drawn where the scroll bar says: just under the column letters, at the top of the view.
    const top = (await middle.boundingBox())!.y - view.y;
    expect(top).toBeGreaterThan(0);
    expect(top).toBeLessThan(2 * 24 + 1);
    expect(pageErrors).toEqual([]);
  });
});
