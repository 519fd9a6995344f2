/**
 * A new user's first session in the playground, in real Chromium against the production build:
 * convert the sample plan (fixing one mapping), import actuals, take one initiative through every
 * gate switching "Acting as", see a refused and an accepted sign-off and the portfolio's confirmed
 * value change and the bridge from the stored snapshot add up, then tamper a sealed cell by hand and watch Integrity report it.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { buildPlayground, REPO } from './support/build-playground.js';
import { launchChromium } from './support/launch-chromium.js';
import { scrollGridToCell } from './support/grid-cells.js';
import { serveStatic, type StaticServer } from './support/static-server.js';

const SHOTS = path.join(REPO, 'artifacts', 'screenshots');
/** What the owner reads beside Move up at the go decision: the service's refusal, word for word. */
const OWNER_GO_DECISION =
  'The go decision cannot come from the owner (Anna Schmidt): the sponsor (Maria López) or the PMO must move it to 3 Decided.';

let server: StaticServer;
let browser: Browser;
let page: Page;
let pane: Locator;
const pageErrors: string[] = [];
let estimateAtSnapshot = '';

beforeAll(async () => {
  server = await serveStatic(buildPlayground());
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  mkdirSync(SHOTS, { recursive: true });
  await page.goto(server.url);
  pane = page.getByRole('complementary', { name: 'PlanGate task pane' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Screenshot the page with `focus` scrolled into view in the pane. */
async function shot(name: string, focus?: Locator) {
  await focus?.first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}
const tab = (name: string) => pane.getByRole('tab', { name, exact: true }).click();
/** The text a screen reader reads after the control's name: what aria-describedby points at. */
async function describedBy(control: Locator): Promise<string> {
  const ids = (await control.getAttribute('aria-describedby')) ?? '';
  const texts = await Promise.all(
    ids
      .split(' ')
      .filter(Boolean)
      .map((id) => page.locator(`[id="${id}"]`).innerText()),
  );
  return texts.join(' ');
}
/** "€1,234", "+€5.50" or "-€56" as the pane shows euros (en-US), back to whole cents. */
function cents(text: string): number {
  const match = /^([-−+]?)€([\d,]+)(?:\.(\d{2}))?$/.exec(text.trim());
  if (!match) throw new Error(`"${text}" is not an amount as the pane formats euros`);
  const value = Number(match[2].replace(/,/g, '')) * 100 + Number(match[3] ?? 0);
  return match[1] === '-' || match[1] === '−' ? -value : value;
}
/** A figure of the Portfolio pane (a <dd> after its <dt>), as the user reads it. */
const figure = (label: string) =>
  pane.locator(`xpath=//dt[normalize-space()="${label}"]/following-sibling::dd[1]`);
/** Switch "Acting as" and wait until the pane's header shows the new name. */
async function actAs(name: string) {
  await page.getByLabel('Acting as').selectOption(name);
  await pane.getByText(`${name} (declared) · as of`).waitFor();
}

async function moveUp(to: string) {
  await pane.getByRole('button', { name: `Move up to ${to}` }).click();
  await expect.poll(() => pane.getByRole('status').filter({ hasText: 'Moved' }).count()).toBeGreaterThan(0);
  await pane.getByRole('heading', { name: /DG-01/ }).waitFor();
}

describe('playground: a new user converts the sample and governs one initiative', () => {
  it('opens on the sample with Convert plan', async () => {
    await pane.getByRole('button', { name: 'Read plan sheet' }).waitFor();
    await expect.poll(() => page.getByRole('tab', { name: 'Marketing Plan 2027' }).count()).toBe(1);
    await shot('01-convert-start');
  });

  it('converts the sample plan after fixing a mapping in the dropdown', async () => {
    await pane.getByRole('button', { name: 'Read plan sheet' }).click();
    const initiative = pane.getByRole('group', { name: 'Proposed mapping' }).getByLabel('Initiative');
    await initiative.waitFor();
    // Pick the wrong column first: the preview follows the mapping…
    await initiative.selectOption({ label: 'C · Owner' });
    const preview = pane.getByRole('table', { name: 'Preview of the first rows' });
    await expect.poll(() => preview.innerText()).toContain('Anna Schmidt');
    // …then fix it back to the campaign names.
    await initiative.selectOption({ label: 'B · Campaign' });
    await expect.poll(() => preview.innerText()).toContain('Spring Outdoor Paid Search');
    expect(await pane.getByText('100% sure: Chosen by you').count()).toBe(1);
    await shot('02-convert-mapping', pane.getByRole('group', { name: 'Proposed mapping' }));
    await pane.getByRole('button', { name: 'Convert to register' }).click();
    const report = pane.getByRole('status').filter({ hasText: 'added' });
    await expect.poll(() => report.innerText()).toContain('22 added');
    expect(await report.innerText()).toContain('Wrote PG Register (22 rows)');
    await expect.poll(() => page.getByRole('tab', { name: 'PG Register' }).count()).toBe(1);
  });

  it('stores a snapshot of the converted plan for the monthly review', async () => {
    await tab('Portfolio');
    estimateAtSnapshot = await figure('Estimate at completion').innerText();
    await pane.getByRole('button', { name: /^Store snapshot of / }).click();
    const stored = pane.getByRole('status').filter({ hasText: 'Wrote' });
    await expect.poll(() => stored.innerText()).toContain('PG Snapshots');
    await expect.poll(() => pane.getByText(/^Stored: \d{4}-\d{2}$/).count()).toBe(1);
    await tab('Convert plan');
  });

  it('imports actuals and lists rows it cannot match', async () => {
    await pane.getByLabel('Sheet with the actuals').selectOption('CRM Actuals');
    await pane.getByRole('button', { name: 'Read actuals sheet' }).click();
    const unmatched = pane.getByRole('list', { name: 'Unmatched rows' });
    await expect.poll(() => unmatched.innerText()).toContain('CRM-0950');
    expect(await pane.getByRole('list', { name: 'Ambiguous rows' }).innerText()).toContain('CRM-1002');
    await shot('03-convert-actuals', unmatched);
  });

  it('lists the register and opens an initiative', async () => {
    await tab('Register');
    const table = pane.getByRole('list', { name: 'Initiatives' });
    await expect.poll(() => table.getByRole('listitem').count()).toBe(22);
    await shot('04-register');
    await pane.getByLabel('Search').fill('DG-01');
    await table.getByRole('button', { name: /^DG-01 / }).click();
    await pane.getByRole('heading', { name: 'DG-01 Spring Outdoor Paid Search' }).waitFor();
  });

  it('takes DG-01 through every gate, each by the role allowed to', async () => {
    await moveUp('1 Identified');
    await moveUp('2 Detailed');
    // The owner may not take the go decision: the button says so before any click.
    const decide = pane.getByRole('button', { name: 'Move up to 3 Decided' });
    await expect.poll(() => decide.isDisabled()).toBe(true);
    const why = await describedBy(decide);
    expect(why).toBe(OWNER_GO_DECISION);
    expect(await pane.getByText(OWNER_GO_DECISION, { exact: true }).isVisible()).toBe(true);
    await shot('05a-initiative-move-refused', decide);
    await actAs('Maria López');
    await moveUp('3 Decided');
    await actAs('Anna Schmidt');
    await moveUp('4 Implemented');
    expect(await pane.getByText('DoI 4 Implemented', { exact: false }).count()).toBeGreaterThan(0);
    // Closing is the controller's sign-off, never a move up: the pane says so beside the button.
    const close = pane.getByRole('button', { name: 'Move up to 5 Closed' });
    expect(await close.isDisabled()).toBe(true);
    expect(await describedBy(close)).toMatch(/^Moving DG-01 to 5 Closed is the controller's sign-off/);
    await shot('05-initiative');
  });

  it('refuses the owner’s sign-off and accepts the controller’s; confirmed value changes', async () => {
    await tab('Portfolio');
    const confirmed = pane.locator(
      'xpath=//dt[normalize-space()="Confirmed value"]/following-sibling::dd[1]',
    );
    await expect.poll(() => confirmed.innerText()).toBe('€0');
    await tab('Sign-off');
    const form = pane.getByRole('group', { name: 'Sign off DG-01' });
    await form.getByLabel('Evidence').fill('CRM report Q1-Q2 DG-01');
    await form.getByRole('button', { name: 'Sign off DG-01' }).click();
    const refusal = form.getByRole('alert');
    await expect.poll(() => refusal.innerText()).toMatch(/Anna Schmidt|owner|controller/i);
    await shot('06-signoff-refused');

    await actAs('Jonas Keller');
    const value = await form.getByLabel(/Confirmed value/).inputValue();
    expect(Number(value)).toBeGreaterThan(0);
    await form.getByRole('button', { name: 'Sign off DG-01' }).click();
    const done = pane.getByRole('status').filter({ hasText: 'Wrote' });
    await expect.poll(() => done.innerText()).toContain('Wrote');
    await shot('07-signoff-accepted');

    await tab('Portfolio');
    await expect.poll(() => confirmed.innerText()).not.toBe('€0');
    await pane.getByRole('table', { name: 'DoI waterfall' }).waitFor();
    // The charts draw once their chunk has arrived (without animation): wait for them, not for time.
    await pane.getByRole('img', { name: /^DoI waterfall/ }).waitFor();
    await shot('08-portfolio');
  });

  it('bridges the estimate from the stored snapshot to now, and the steps add up', async () => {
    const bridge = pane.getByRole('table', { name: /^Bridge from \d{4}-\d{2} to now$/ });
    await bridge.waitFor();
    const rows = await bridge
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
      );
    expect(rows.map((r) => r[0])).toEqual([
      expect.stringMatching(/^Start \(\d{4}-\d{2}\)$/),
      'New initiatives',
      'Cancelled',
      'Re-baselined',
      'Estimate changes',
      'End (now)',
    ]);
    const [start, ...rest] = rows.map((r) => cents(r[1]));
    const end = rest.pop()!;
    const steps = rest;
    // The bridge starts at the estimate the portfolio showed when the snapshot was stored, and ends at the one it shows now.
    expect(start).toBe(cents(estimateAtSnapshot));
    expect(end).toBe(cents(await figure('Estimate at completion').innerText()));
    // Actuals were booked after the snapshot: the estimate moved, and the user can foot the table.
    expect(steps[3]).not.toBe(0);
    expect(start + steps.reduce((a, b) => a + b, 0)).toBe(end);
    await shot('08a-portfolio-bridge', bridge);
  });

  it('shows a tampered sealed cell in Integrity', async () => {
    await tab('Integrity');
    await expect
      .poll(() => pane.getByRole('status').filter({ hasText: 'audit events checked' }).count())
      .toBe(1);
    await page.getByRole('tab', { name: 'PG Register' }).click();
    const grid = page.getByRole('table', { name: 'Cells of PG Register' });
    // DG-01's row, from column A while the grid is scrolled to the left.
    const id = grid.locator('td[data-col="0"]', { hasText: /^DG-01$/ });
    const row = Number(await id.getAttribute('data-row'));
    expect(row).toBeGreaterThan(0);
    // Confirmed value is far to the right: scroll sideways until its header is drawn, as a user would.
    const header = grid.locator('td[data-row="0"]', { hasText: /^Confirmed value$/ });
    const col = await scrollGridToCell(grid, header);
    const cell = grid.locator(`td[data-row="${row}"][data-col="${col}"]`);
    await cell.dblclick();
    await page.getByLabel(/^Edit PG Register!/).fill('999999');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell.innerText()).toBe('999999');

    const modified = pane.getByRole('list', { name: 'Modified after sign-off' });
    await expect.poll(() => modified.innerText()).toContain('DG-01');
    expect(await pane.getByText(/not tamper-proof/).count()).toBeGreaterThan(0);
    await shot('09-integrity');
  });

  it('shows the settings pane; a name declared there shows in "Acting as"', async () => {
    await tab('Settings');
    await pane.getByLabel('Ladder preset').waitFor();
    await pane.getByText(/^Gate into 2 /).click();
    await pane.getByRole('group', { name: /Criteria to enter 2 / }).waitFor();
    await shot('10-settings');
    await pane.getByLabel('Your name (declared identity)').fill('Dana Declared');
    await pane.getByRole('button', { name: 'Use this name' }).click();
    await pane.getByText('You act as Dana Declared (declared).').waitFor();
    const actingAs = page.getByLabel('Acting as');
    await expect.poll(() => actingAs.inputValue()).toBe('Dana Declared');
    expect(await actingAs.locator('option', { hasText: 'Dana Declared (declared)' }).count()).toBe(1);
  });

  it('fits a 320 px wide pane', async () => {
    await page.setViewportSize({ width: 320, height: 900 });
    await tab('Register');
    const list = pane.getByRole('list', { name: 'Initiatives' });
    await list.waitFor();
    // Nothing in the pane is wider than the screen: no sideways scrolling.
    const overflow = await pane.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await pane.screenshot({ path: path.join(SHOTS, '11-register-320px.png') });
    expect(pageErrors).toEqual([]);
  });
});
