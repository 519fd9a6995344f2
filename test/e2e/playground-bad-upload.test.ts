/**
 * Files the playground must refuse, uploaded in real Chromium: the reader runs in a Web Worker,
 * and a cut-short or password-protected workbook ends as a message naming the reason, with the
 * page still working.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writePlanXlsx } from '../cli/plan-fixtures.js';
import { tempDir } from '../cli/run-plangate.js';
import { encryptedXlsx } from '../support/bad-files/bad-files.js';
import { buildPlayground } from './support/build-playground.js';
import { launchChromium } from './support/launch-chromium.js';
import { serveStatic, type StaticServer } from './support/static-server.js';

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

/** Upload a file and return the pane's message that begins with `begins`. */
async function upload(name: string, bytes: Uint8Array, begins: string): Promise<string> {
  await pane.getByLabel('Or upload a file with the plan').setInputFiles({
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(bytes),
  });
  const message = pane.getByText(begins).first();
  await message.waitFor({ timeout: 60_000 });
  return message.innerText();
}

describe('playground upload of files it must refuse', () => {
  it('names a workbook cut short and a password-protected one, and the page keeps working', async () => {
    const plan = new Uint8Array(readFileSync((await writePlanXlsx(tempDir())).path));
    expect(await upload('cut.xlsx', plan.subarray(0, 300), 'cut.xlsx is cut short')).toContain(
      'cut.xlsx is cut short (300 bytes; the zip directory at its end is missing)',
    );
    expect(await upload('locked.xlsx', encryptedXlsx(), 'locked.xlsx is password-protected')).toContain(
      'save a copy without a password',
    );
    expect(pageErrors).toEqual([]);
  });
});
