/**
 * The Google Sheets sidebar's code: gzip size of the first load inlined in Sidebar.html (budget
 * 200 KB, PRODUCT.md's task-pane first load) and of what opening each pane for the first time
 * fetches through google.script.run (the pane's chunk and the chunks it imports that the first
 * load does not hold), from a fresh production build. Sizes only: Apps Script's latency per
 * google.script.run call is Google's, not measurable here.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildSidebar } from '../../sheets-addon/build/sidebar-html.js';
import { FIRST_LOAD_BUDGET_BYTES, inlineFirstLoadSize } from '../../scripts/size-check.js';
import { round, type Benchmark } from '../benchmark.js';

const ENTRY = fileURLToPath(new URL('../../sheets-addon/client/main.tsx', import.meta.url));
const kb = (bytes: number) => round(bytes / 1024, 1);
const gzip = (text: string) => gzipSync(text, { level: 9 }).length;

const benchmark: Benchmark = {
  name: 'sheets-sidebar-size',
  async run() {
    const sidebar = await buildSidebar(path.resolve(ENTRY));
    const firstLoad = inlineFirstLoadSize(sidebar.html);
    const onDemand = new Map(sidebar.onDemand.map((c) => [c.name, c]));
    const figures: Record<string, number | string> = {
      firstLoadGzipKB: kb(firstLoad.gzipBytes),
      firstLoadRawKB: kb(firstLoad.scripts.reduce((sum, s) => sum + s.bytes, 0)),
      firstLoadBudgetKB: FIRST_LOAD_BUDGET_BYTES / 1024,
      onDemandChunks: sidebar.onDemand.length,
      onDemandGzipKB: kb(sidebar.onDemand.reduce((sum, c) => sum + gzip(c.script), 0)),
    };
    // What each pane's first opening asks the server for, in its one sidebarChunks call.
    for (const chunk of [...sidebar.onDemand].sort((a, b) => a.name.localeCompare(b.name))) {
      const pane = /^(\w+(?:Pane|Charts))-/.exec(chunk.name)?.[1];
      if (!pane) continue;
      const fetched = [chunk, ...chunk.dependencies.flatMap((d) => onDemand.get(d) ?? [])];
      figures[`${pane}FetchGzipKB`] = kb(fetched.reduce((sum, c) => sum + gzip(c.script), 0));
    }
    figures.verdict = firstLoad.gzipBytes <= FIRST_LOAD_BUDGET_BYTES ? 'PASS' : 'OVER';
    return figures;
  },
};

export default benchmark;
