/**
 * The playground's first load in Chromium: gzip size of the first-load JavaScript (the scripts
 * index.html loads or preloads; budget 200 KB), the JavaScript actually fetched before the pane
 * was interactive, and time to interactive — navigation start to the `plangate:interactive` mark
 * the first pane sets once its controls are on screen (budget 500 ms) — with the phases it is made
 * of: entry script evaluated (DOMContentLoaded), first paint (the static "Opening…" line), last
 * script fetched. Medians of
 * fresh-cache loads of the production build served from 127.0.0.1.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { firstLoadSize, FIRST_LOAD_BUDGET_BYTES } from '../../scripts/size-check.js';
import { buildPlayground } from '../../test/e2e/support/build-playground.js';
import { launchChromium } from '../../test/e2e/support/launch-chromium.js';
import { serveStatic } from '../../test/e2e/support/static-server.js';
import { INTERACTIVE_MARK } from '../../ui/common/markInteractive.js';
import { round, type Benchmark } from '../benchmark.js';

const LOADS = 7;
const TTI_BUDGET_MS = 500;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const benchmark: Benchmark = {
  name: 'ui-playground',
  async run() {
    const dist = buildPlayground();
    const size = firstLoadSize(dist);
    const server = await serveStatic(dist);
    const browser = await launchChromium();
    const samples: number[] = [];
    const phases = { entryEvaluated: [] as number[], firstPaint: [] as number[], lastScript: [] as number[] };
    const fetchedGzip: number[] = [];
    const gzipOf = new Map<string, number>();
    const gzipBytes = (file: string) => {
      if (!gzipOf.has(file))
        gzipOf.set(file, gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length);
      return gzipOf.get(file)!;
    };
    try {
      for (let i = 0; i < LOADS; i++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        const page = await context.newPage();
        await page.goto(server.url);
        await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, INTERACTIVE_MARK);
        const load = await page.evaluate((mark) => {
          const interactive = performance.getEntriesByName(mark)[0].startTime;
          const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
          const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
            (r) => r.responseEnd <= interactive && new URL(r.name).pathname.endsWith('.js'),
          );
          return {
            interactive,
            entryEvaluated: nav.domContentLoadedEventEnd,
            firstPaint: performance.getEntriesByName('first-paint')[0]?.startTime ?? interactive,
            lastScript: Math.max(0, ...scripts.map((r) => r.responseEnd)),
            scripts: [...new Set(scripts.map((r) => new URL(r.name).pathname.replace(/^\//, '')))],
          };
        }, INTERACTIVE_MARK);
        samples.push(load.interactive);
        phases.entryEvaluated.push(load.entryEvaluated);
        phases.firstPaint.push(load.firstPaint);
        phases.lastScript.push(load.lastScript);
        fetchedGzip.push(load.scripts.reduce((sum, file) => sum + gzipBytes(file), 0));
        await context.close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
    const tti = median(samples);
    return {
      firstLoadGzipKB: round(size.gzipBytes / 1024, 1),
      firstLoadBudgetKB: FIRST_LOAD_BUDGET_BYTES / 1024,
      fetchedBeforeInteractiveGzipKB: round(median(fetchedGzip) / 1024, 1),
      timeToInteractiveMs: round(tti, 0),
      entryEvaluatedMs: round(median(phases.entryEvaluated), 0),
      lastScriptFetchedMs: round(median(phases.lastScript), 0),
      firstPaintMs: round(median(phases.firstPaint), 0),
      timeToInteractiveBudgetMs: TTI_BUDGET_MS,
      ttiSamplesMs: samples.map((s) => round(s, 0)).join(' '),
      // Wall-clock figures depend on what else the machine runs: report it alongside.
      loadAverage1m: round(loadavg()[0], 1),
      withinBudgets: String(size.gzipBytes <= FIRST_LOAD_BUDGET_BYTES && tti <= TTI_BUDGET_MS),
    };
  },
};

export default benchmark;
