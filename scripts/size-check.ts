/**
 * `npm run size`: the gzip size of each pane host's first-load JavaScript against the 200 KB
 * budget (PRODUCT.md, task pane first load) — the playground (dist/playground/index.html), the
 * Excel task pane (dist/excel/taskpane.html) and the Google Sheets sidebar
 * (dist/sheets/Sidebar.html). First load is every script the page itself names: its entry
 * scripts and the chunks it preloads (the core, fetched at once either way); chunks fetched
 * later on demand do not count. The sidebar's scripts are inline (HtmlService serves one file);
 * its panes' chunks come later from the server. office.js comes from Microsoft's CDN and is not
 * ours to size. Exits 1 when a page is over budget. Run after `npm run build`.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const FIRST_LOAD_BUDGET_BYTES = 200 * 1024;
const DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');
export const PLAYGROUND_DIST = path.join(DIST, 'playground');
export const EXCEL_DIST = path.join(DIST, 'excel');
export const SHEETS_SIDEBAR_DIST = path.join(DIST, 'sheets');

/** A built page whose first load is checked, and the command that builds it. */
export interface Page {
  name: string;
  dist: string;
  html: string;
  build: string;
  /** Its scripts are inline in the page, not files it names. */
  inline?: boolean;
}

export const PAGES: readonly Page[] = [
  { name: 'playground', dist: PLAYGROUND_DIST, html: 'index.html', build: 'npm run build:playground' },
  { name: 'Excel task pane', dist: EXCEL_DIST, html: 'taskpane.html', build: 'npm run build:excel' },
  {
    name: 'Sheets sidebar',
    dist: SHEETS_SIDEBAR_DIST,
    html: 'Sidebar.html',
    build: 'npm run sheets:build',
    inline: true,
  },
];

export interface FirstLoadSize {
  scripts: { file: string; bytes: number; gzipBytes: number }[];
  gzipBytes: number;
}

/** Scripts a page loads by itself: `<script src>` and `<link rel=preload|modulepreload>` of scripts. */
export function firstLoadScripts(html: string): string[] {
  const attr = (tag: string, name: string) =>
    tag
      .match(new RegExp(`\\b${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'))
      ?.slice(1)
      .find((v) => v);
  const scripts = [...html.matchAll(/<script\b[^>]*>/gi)].map((m) => attr(m[0], 'src'));
  const preloads = [...html.matchAll(/<link\b[^>]*>/gi)]
    .map((m) => m[0])
    .filter((tag) => {
      const rel = attr(tag, 'rel')?.toLowerCase();
      return rel === 'modulepreload' || (rel === 'preload' && attr(tag, 'as')?.toLowerCase() === 'script');
    })
    .map((tag) => attr(tag, 'href'));
  const ours = (src: string | undefined): src is string => !!src && !/^(?:[a-z]+:)?\/\//i.test(src);
  return [...new Set([...scripts, ...preloads].filter(ours))];
}

/** The first-load scripts of a built page and their gzip sizes (level 9, as servers and CDNs send them). */
export function firstLoadSize(dist: string, html = 'index.html', build = 'npm run build'): FirstLoadSize {
  const htmlFile = path.join(dist, html);
  if (!existsSync(htmlFile)) throw new Error(`${htmlFile} does not exist: run "${build}" first.`);
  const sources = firstLoadScripts(readFileSync(htmlFile, 'utf8'));
  if (sources.length === 0) throw new Error(`${htmlFile} references no scripts: the build looks broken.`);
  const scripts = sources.map((src) => {
    const file = path.join(dist, src.replace(/^\//, ''));
    if (!existsSync(file))
      throw new Error(`${htmlFile} names ${src}, which is not in the build: rebuild with "${build}".`);
    const body = readFileSync(file);
    return { file: src, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length };
  });
  return { scripts, gzipBytes: scripts.reduce((sum, s) => sum + s.gzipBytes, 0) };
}

/**
 * The inline scripts of a page (no `src`), each named by the chunk it defines, and their gzip
 * sizes. Each is gzipped alone, as the other pages' files are: a slight overcount, since the
 * page travels as one compressed document.
 */
export function inlineFirstLoadSize(html: string): FirstLoadSize {
  const bodies = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes]) => {
      const type = /\btype=["']?([^"'\s>]+)/i.exec(attributes)?.[1].toLowerCase();
      return !/\bsrc=/i.test(attributes) && (!type || type === 'text/javascript' || type === 'module');
    })
    .map((m) => m[2]);
  const scripts = bodies.map((body, i) => {
    const chunk = /^\s*[\w$]+\.define\("([^"]+)"/.exec(body)?.[1];
    const bytes = Buffer.from(body);
    return {
      file: chunk ? `${chunk} (inline)` : `inline script ${i + 1}`,
      bytes: bytes.length,
      gzipBytes: gzipSync(bytes, { level: 9 }).length,
    };
  });
  return { scripts, gzipBytes: scripts.reduce((sum, s) => sum + s.gzipBytes, 0) };
}

/** The first load of a page of PAGES, built or not. */
export function pageFirstLoadSize(page: Page): FirstLoadSize {
  if (!page.inline) return firstLoadSize(page.dist, page.html, page.build);
  const htmlFile = path.join(page.dist, page.html);
  if (!existsSync(htmlFile)) throw new Error(`${htmlFile} does not exist: run "${page.build}" first.`);
  const size = inlineFirstLoadSize(readFileSync(htmlFile, 'utf8'));
  if (size.scripts.length === 0)
    throw new Error(`${htmlFile} has no inline scripts: rebuild with "${page.build}".`);
  return size;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function main(): number {
  let over = 0;
  for (const page of PAGES) {
    const size = pageFirstLoadSize(page);
    console.log(`${page.name} (${page.html})`);
    for (const s of size.scripts) console.log(`  ${s.file}  ${kb(s.bytes)} raw, ${kb(s.gzipBytes)} gzip`);
    const within = size.gzipBytes <= FIRST_LOAD_BUDGET_BYTES;
    if (!within) over++;
    console.log(
      `  first-load JS: ${kb(size.gzipBytes)} gzip, ${within ? 'within' : 'OVER'} the ${kb(FIRST_LOAD_BUDGET_BYTES)} budget`,
    );
  }
  return over === 0 ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    process.exitCode = main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
