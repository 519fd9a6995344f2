/**
 * The playground's first load in Chromium: gzip size of the first-load JavaScript (the scripts
 * index.html loads or preloads; budget 200 KB), the JavaScript fetched before the pane was
 * interactive, time to interactive — navigation start to the `plangate:interactive` mark the first
 * pane sets once its controls are on screen (budget 500 ms) — and its phases: first paint (the
 * prerendered page), entry script run (DOMContentLoaded), last script fetched.
 *
 * Wall-clock times on a shared machine vary by half from one minute to the next, so each
 * playground load alternates with loads of two baseline pages (bench/data/baseline-pages): React
 * alone, and a minimal Fluent UI pane. The ratios of the medians say how much the playground adds
 * to them, measured under the same conditions. Medians of fresh-cache loads served from 127.0.0.1.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { firstLoadSize, FIRST_LOAD_BUDGET_BYTES } from '../../scripts/size-check.js';
import { buildPlayground } from '../../test/e2e/support/build-playground.js';
import { launchChromium } from '../../test/e2e/support/launch-chromium.js';
import { serveStatic } from '../../test/e2e/support/static-server.js';
import { INTERACTIVE_MARK } from '../../ui/common/markInteractive.js';
import { BASELINE_PAGES, buildBaselinePages } from '../data/baseline-pages/build.js';
import { round, type Benchmark } from '../benchmark.js';

const LOADS = 11;
const TTI_BUDGET_MS = 500;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

interface Load {
  interactive: number;
  entryEvaluated: number;
  firstPaint: number;
  lastScript: number;
  scripts: string[];
}

/** One cold load of `url` in a fresh context, until the interactive mark. */
async function coldLoad(browser: Browser, url: string): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, INTERACTIVE_MARK);
    return await page.evaluate((mark) => {
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
  } finally {
    await context.close();
  }
}

const benchmark: Benchmark = {
  name: 'ui-playground',
  async run() {
    const dist = buildPlayground();
    const size = firstLoadSize(dist);
    const server = await serveStatic(dist);
    const baselines = await buildBaselinePages();
    const baselineServers = await Promise.all(
      BASELINE_PAGES.map((page) => serveStatic(baselines.folders[page])),
    );
    const browser = await launchChromium();
    const loads: Load[] = [];
    const baselineLoads = BASELINE_PAGES.map(() => [] as number[]);
    const gzipOf = new Map<string, number>();
    const gzipBytes = (file: string) => {
      if (!gzipOf.has(file))
        gzipOf.set(file, gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length);
      return gzipOf.get(file)!;
    };
    try {
      for (let i = 0; i < LOADS; i++) {
        loads.push(await coldLoad(browser, server.url));
        for (const [b, baseline] of baselineServers.entries())
          baselineLoads[b].push((await coldLoad(browser, baseline.url)).interactive);
      }
    } finally {
      await browser.close();
      await server.close();
      for (const baseline of baselineServers) await baseline.close();
      baselines.remove();
    }
    const samples = loads.map((l) => l.interactive);
    const tti = median(samples);
    const [reactAlone, fluentControls] = baselineLoads.map(median);
    const of = (key: 'entryEvaluated' | 'firstPaint' | 'lastScript') =>
      round(median(loads.map((l) => l[key])), 0);
    return {
      firstLoadGzipKB: round(size.gzipBytes / 1024, 1),
      firstLoadBudgetKB: FIRST_LOAD_BUDGET_BYTES / 1024,
      fetchedBeforeInteractiveGzipKB: round(
        median(loads.map((l) => l.scripts.reduce((sum, file) => sum + gzipBytes(file), 0))) / 1024,
        1,
      ),
      timeToInteractiveMs: round(tti, 0),
      firstPaintMs: of('firstPaint'),
      entryEvaluatedMs: of('entryEvaluated'),
      lastScriptFetchedMs: of('lastScript'),
      timeToInteractiveBudgetMs: TTI_BUDGET_MS,
      ttiSamplesMs: samples.map((s) => round(s, 0)).join(' '),
      reactAloneMs: round(reactAlone, 0),
      fluentControlsMs: round(fluentControls, 0),
      ttiVsReactAlone: round(tti / reactAlone, 2),
      ttiVsFluentControls: round(tti / fluentControls, 2),
      // Wall-clock figures depend on what else the machine runs: report it alongside.
      loadAverage1m: round(loadavg()[0], 1),
      withinBudgets: String(size.gzipBytes <= FIRST_LOAD_BUDGET_BYTES && tti <= TTI_BUDGET_MS),
    };
  },
};

export default benchmark;
