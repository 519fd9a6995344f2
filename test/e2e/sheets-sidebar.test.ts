import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_AS_OF, SAMPLE_PLAN_SHEET } from '../../core/sample/sample-workbook.js';
import { buildSheets, SHEETS_DIST } from '../../sheets-addon/build/build.js';
import { FakeAppsScript } from '../fakes/sheets/fake-apps-script.js';
import { builtHtmlFiles } from '../sheets/support/built-html-files.js';
import { addSampleSheets } from '../sheets/support/sample-sheets.js';
import { loadServer, type ServerGlobals } from '../sheets/support/server-sandbox.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SCREENSHOTS = path.join(root, 'artifacts', 'screenshots');
const PMO = 'paula.weber@example.com';
const SIDEBAR_URL = 'https://sidebar.plangate.test/Sidebar.html';

/**
 * `google.script.run` for the page: each call goes to the Code.js loaded in a Node vm against
 * the SpreadsheetApp fake, and answers asynchronously like Apps Script does (JSON in, JSON out,
 * a thrown server error to the failure handler as an Error with its message).
 */
const SCRIPT_RUN_SHIM = `
(() => {
  const runner = (onSuccess, onFailure) => new Proxy({}, {
    get(_, name) {
      if (name === 'withSuccessHandler') return (h) => runner(h, onFailure);
      if (name === 'withFailureHandler') return (h) => runner(onSuccess, h);
      return (...args) => {
        window.__plangateRpc(String(name), JSON.stringify(args)).then((answer) => {
          if ('error' in answer) { if (onFailure) onFailure(new Error(answer.error)); }
          else if (onSuccess) onSuccess(answer.json === undefined ? undefined : JSON.parse(answer.json));
        });
      };
    },
  });
  window.google = { script: { run: runner(null, null) } };
})();
`;

let browser: Browser;
let html = '';

beforeAll(async () => {
  await buildSheets({ sidebar: true });
  html = await readFile(path.join(SHEETS_DIST, 'Sidebar.html'), 'utf8');
  await mkdir(SCREENSHOTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
});

afterAll(async () => {
  await browser?.close();
});

async function openSidebar(
  gas: FakeAppsScript,
  server: ServerGlobals,
): Promise<{ page: Page; calls: string[]; chunkRequests: string[][]; urls: string[] }> {
  const calls: string[] = [];
  /** The chunk names of each `sidebarChunks` call, in order. */
  const chunkRequests: string[][] = [];
  /** Every URL the page asked the network for: code must come through google.script.run only. */
  const urls: string[] = [];
  const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
  page.on('pageerror', (error) => calls.push(`pageerror: ${error.message}`));
  page.on('request', (request) => urls.push(request.url()));
  await page.exposeFunction('__plangateRpc', (name: string, argsJson: string) => {
    calls.push(name);
    if (name === 'sidebarChunks') chunkRequests.push((JSON.parse(argsJson) as string[][])[0]);
    try {
      const fn = (server as unknown as Record<string, (...a: unknown[]) => unknown>)[name];
      if (typeof fn !== 'function') return { error: `Script function not found: ${name}` };
      const result = fn(...(JSON.parse(argsJson) as unknown[]));
      return { json: result === undefined ? undefined : JSON.stringify(result) };
    } catch (error) {
      return { error: (error as { message?: string }).message ?? String(error) };
    }
  });
  await page.addInitScript(SCRIPT_RUN_SHIM);
  // A real navigation (not setContent), so the init script runs first as it does for every page.
  await page.route(SIDEBAR_URL, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
  );
  await page.goto(SIDEBAR_URL);
  return { page, calls, chunkRequests, urls };
}

describe('the Sheets sidebar (built Sidebar.html) in Chromium over the Code.js server', () => {
  it('converts the sample plan and signs an initiative off', async () => {
    const gas = new FakeAppsScript({ user: PMO, htmlFiles: builtHtmlFiles() });
    addSampleSheets(gas);
    const server = loadServer(await readFile(path.join(SHEETS_DIST, 'Code.js'), 'utf8'), gas);
    const { page, calls } = await openSidebar(gas, server);

    // First visit: no register yet, so the sidebar opens on Convert plan.
    await page.getByRole('tab', { name: 'Convert plan' }).waitFor();
    await expect
      .poll(() => page.getByRole('tab', { name: 'Convert plan' }).getAttribute('aria-selected'))
      .toBe('true');
    await page.getByLabel('Sheet with the plan').selectOption(SAMPLE_PLAN_SHEET);
    await page.getByRole('button', { name: 'Read plan sheet' }).click();
    const convertButton = page.getByRole('button', { name: 'Convert to register' });
    await expect.poll(() => convertButton.isEnabled(), { timeout: 30_000 }).toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'sheets-sidebar-convert.png'), fullPage: true });
    await convertButton.click();
    await page.getByRole('button', { name: 'Open the register' }).waitFor({ timeout: 30_000 });
    expect(gas.spreadsheet.getSheetByName('PG Register')).not.toBeNull();
    expect(calls).toContain('convert');

    // Take one initiative to Implemented on the server, as the PMO would over a few reviews.
    server.saveSettings({ asOf: SAMPLE_AS_OF, pmo: [PMO] });
    const row = server.refresh().rows.find((r) => r.owner && r.controller && r.owner !== r.controller)!;
    const signOffLevel = server.settings().signOffLevel;
    while (server.initiative(row.id).row.doi < signOffLevel - 1) {
      const moved = server.move({ id: row.id, kind: 'up', reason: '' });
      expect(moved.ok, moved.message).toBe(true);
    }

    // The PMO is not its controller: the sidebar shows the refusal and why.
    await page.getByRole('tab', { name: 'Sign-off' }).click();
    const card = page
      .getByRole('group', { name: `Sign off ${row.id}` })
      .or(page.locator(`[aria-label="Sign off ${row.id}"]`));
    await card.first().waitFor({ timeout: 30_000 });
    await card.first().getByLabel('Evidence').fill(`CRM export ${SAMPLE_AS_OF}`);
    await page.getByRole('button', { name: `Sign off ${row.id}` }).click();
    const refusal = page.getByRole('alert');
    await refusal.waitFor({ timeout: 30_000 });
    expect(await refusal.textContent()).toMatch(/controller/i);
    await page.screenshot({
      path: path.join(SCREENSHOTS, 'sheets-sidebar-signoff-refused.png'),
      fullPage: true,
    });

    // The controller, whose domain does not share their email, has declared their name.
    gas.user = 'controller@example.org';
    gas.emailVisible = false;
    server.declareIdentity(row.controller);
    await page.getByRole('button', { name: `Sign off ${row.id}` }).click();
    // The sample closes before its last planned month: the controller acknowledges the shortfall
    // the sidebar asks about, as PRODUCT.md (Seal) requires, and signs off again.
    const acknowledge = page.getByRole('checkbox', { name: /I acknowledge the shortfall/ });
    await acknowledge.waitFor({ timeout: 30_000 });
    await acknowledge.check();
    await page.getByRole('button', { name: `Sign off ${row.id}` }).click();
    const ok = page.getByRole('status').filter({ hasText: 'Signed off' });
    await ok.waitFor({ timeout: 30_000 });
    expect(await ok.textContent()).toContain(row.id);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'sheets-sidebar-signed-off.png'), fullPage: true });

    expect(server.initiative(row.id).row.state).toBe('closed');
    expect(server.verify().ok).toBe(true);
    expect(calls.filter((c) => c.startsWith('pageerror'))).toEqual([]);
    await page.close();
  });

  it('opens the initiative whose register row the user selects in the sheet', async () => {
    const gas = new FakeAppsScript({ user: PMO, htmlFiles: builtHtmlFiles() });
    addSampleSheets(gas);
    const server = loadServer(await readFile(path.join(SHEETS_DIST, 'Code.js'), 'utf8'), gas);
    const source = { kind: 'sheet' as const, sheet: SAMPLE_PLAN_SHEET };
    server.convert(source, server.inspectSource(source).tables.find((t) => t.verdict === 'plan')!.mapping);
    const { page } = await openSidebar(gas, server);
    await expect
      .poll(() => page.getByRole('tab', { name: 'Register' }).getAttribute('aria-selected'), {
        timeout: 30_000,
      })
      .toBe('true');
    const id = String(gas.spreadsheet.sheet('PG Register').getRange('A4').getValues()[0][0]);
    gas.spreadsheet.select('PG Register', 'C4');
    // The person clicked a row in the grid, then comes back to the sidebar: it asks at once.
    await page.evaluate(() => {
      window.dispatchEvent(new Event('blur'));
      window.dispatchEvent(new Event('focus'));
    });
    await expect
      .poll(() => page.getByRole('tab', { name: 'Initiative' }).getAttribute('aria-selected'), {
        timeout: 30_000,
      })
      .toBe('true');
    await page.getByText(id).first().waitFor({ timeout: 30_000 });
    await page.screenshot({
      path: path.join(SCREENSHOTS, 'sheets-sidebar-selected-initiative.png'),
      fullPage: true,
    });
    await page.close();
  });

  it('opens the Portfolio pane, charts included, with code the server sends on first use', async () => {
    const gas = new FakeAppsScript({ user: PMO, htmlFiles: builtHtmlFiles() });
    addSampleSheets(gas);
    const server = loadServer(await readFile(path.join(SHEETS_DIST, 'Code.js'), 'utf8'), gas);
    const source = { kind: 'sheet' as const, sheet: SAMPLE_PLAN_SHEET };
    server.convert(source, server.inspectSource(source).tables.find((t) => t.verdict === 'plan')!.mapping);
    server.saveSettings({ asOf: SAMPLE_AS_OF });
    const portfolio = server.portfolio(null);
    const { page, calls, chunkRequests, urls } = await openSidebar(gas, server);
    await expect
      .poll(() => page.getByRole('tab', { name: 'Register' }).getAttribute('aria-selected'), {
        timeout: 30_000,
      })
      .toBe('true');
    // Both possible first panes came in one call, asked beside the overview.
    expect(chunkRequests).toHaveLength(1);
    expect(chunkRequests[0].filter((c) => /^(Convert|Register)Pane-/.test(c))).toHaveLength(2);
    expect(calls.slice(0, 2).sort()).toEqual(['overview', 'sidebarChunks']);
    const beforePortfolio = chunkRequests.length;

    await page.getByRole('tab', { name: 'Portfolio' }).click();
    const figures = page.getByRole('definition').filter({ hasText: /\d/ });
    await page.getByText(`${portfolio.count} initiatives (cancelled excluded)`).waitFor({ timeout: 30_000 });
    const planTotal = await page.evaluate(
      ([value, currency]) =>
        new Intl.NumberFormat(undefined, { style: 'currency', currency, maximumFractionDigits: 0 }).format(
          value,
        ),
      [portfolio.planTotal, portfolio.currency] as [number, string],
    );
    await expect.poll(() => figures.allTextContents()).toContain(planTotal);
    await page.getByRole('img', { name: /DoI waterfall/ }).waitFor({ timeout: 30_000 });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'sheets-sidebar-portfolio.png'), fullPage: true });

    // The pane and then its charts each came in one google.script.run call, never by URL.
    const later = chunkRequests.slice(beforePortfolio).flat();
    expect(later.some((c) => c.startsWith('PortfolioPane-'))).toBe(true);
    expect(later.some((c) => c.startsWith('PortfolioCharts-'))).toBe(true);
    expect(new Set(later).size).toBe(later.length);
    expect(urls).toEqual([SIDEBAR_URL]);
    expect(calls.filter((c) => c.startsWith('pageerror'))).toEqual([]);
    await page.close();
  });

  it('says what to do when the add-on was updated while the sidebar was open', async () => {
    const gas = new FakeAppsScript({ user: PMO, htmlFiles: { Sidebar: html } });
    addSampleSheets(gas);
    const server = loadServer(await readFile(path.join(SHEETS_DIST, 'Code.js'), 'utf8'), gas);
    const { page, chunkRequests } = await openSidebar(gas, server);
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page
      .getByText(/PlanGate was updated while this sidebar was open/)
      .first()
      .waitFor({ timeout: 30_000 });
    expect(chunkRequests.flat().some((c) => c.startsWith('SettingsPane-'))).toBe(true);
    await page.close();
  });

  it('shows a server failure as a readable message', async () => {
    const gas = new FakeAppsScript({ user: PMO, htmlFiles: builtHtmlFiles() });
    addSampleSheets(gas);
    const server = loadServer(await readFile(path.join(SHEETS_DIST, 'Code.js'), 'utf8'), gas);
    const release = gas.lockService.holdElsewhere();
    const { page } = await openSidebar(gas, server);
    await page.getByRole('button', { name: 'Read plan sheet' }).click();
    const convertButton = page.getByRole('button', { name: 'Convert to register' });
    await expect.poll(() => convertButton.isEnabled(), { timeout: 30_000 }).toBe(true);
    await convertButton.click();
    const alert = page.getByRole('alert').filter({ hasText: 'Another PlanGate action is saving' });
    await alert.waitFor({ timeout: 30_000 });
    release();
    await page.close();
  });
});
