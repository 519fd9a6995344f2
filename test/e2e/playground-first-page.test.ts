/**
 * The playground's first page comes with its HTML: the build writes the sample plan and the
 * Convert plan pane into index.html, so a visitor sees them before any script has run. Once the
 * script runs, React attaches to that HTML instead of drawing the page again: the elements the
 * browser parsed are the ones the user then clicks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { INTERACTIVE_MARK } from '../../ui/common/markInteractive.js';
import { buildPlayground } from './support/build-playground.js';
import { launchChromium } from './support/launch-chromium.js';
import { serveStatic, type StaticServer } from './support/static-server.js';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(buildPlayground());
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the playground’s first page', () => {
  it('shows the sample plan and the Convert plan pane without any script', async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 1280, height: 800 },
    });
    const page = await context.newPage();
    await page.goto(server.url);
    await expect.poll(() => page.getByRole('heading', { name: 'PlanGate playground' }).count()).toBe(1);
    const grid = page.getByRole('table', { name: 'Cells of Marketing Plan 2027' });
    expect(await grid.locator('td[data-cell="A6"]').innerText()).toBe('DG-01');
    const pane = page.getByRole('complementary', { name: 'PlanGate task pane' });
    expect(await pane.getByRole('button', { name: 'Read plan sheet' }).count()).toBe(1);
    expect(await page.getByText('Opening the PlanGate playground').count()).toBe(0);
    await context.close();
  });

  // The build renders the page once, in no particular locale: the first view must not depend on it.
  it.each(['en-US', 'de-DE', 'vi-VN'])(
    'keeps the elements the browser parsed when the script takes over, with no error (%s)',
    async (locale) => {
      const context = await browser.newContext({ locale, viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (e) => problems.push(e.message));
      page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
      // Hold on to the parsed button before the page's (deferred) script runs.
      await page.addInitScript(() => {
        document.addEventListener('readystatechange', () => {
          if (document.readyState === 'interactive')
            (window as unknown as { parsed?: Element }).parsed = [
              ...document.querySelectorAll('aside button'),
            ].find((b) => b.textContent === 'Read plan sheet');
        });
      });
      await page.goto(server.url);
      await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, INTERACTIVE_MARK);
      const parsed = await page.evaluate(() => {
        const button = (window as unknown as { parsed?: Element }).parsed;
        return { text: button?.textContent, connected: button?.isConnected };
      });
      expect(parsed).toEqual({ text: 'Read plan sheet', connected: true });
      // And it works: the parsed button reads the sample plan.
      await page.getByRole('button', { name: 'Read plan sheet' }).click();
      await expect.poll(() => page.getByRole('heading', { name: 'Mapping' }).count()).toBe(1);
      expect(problems).toEqual([]);
      await context.close();
    },
  );
});
