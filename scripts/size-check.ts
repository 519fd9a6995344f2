/**
 * `npm run size`: the gzip size of the playground's first-load JavaScript — the scripts
 * index.html references, not the lazy chunks fetched later — against the 200 KB budget
 * (PRODUCT.md, task pane first load). Exits 1 over budget. Run after `npm run build:playground`.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const FIRST_LOAD_BUDGET_BYTES = 200 * 1024;
export const PLAYGROUND_DIST = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'dist',
  'playground',
);

export interface FirstLoadSize {
  scripts: { file: string; bytes: number; gzipBytes: number }[];
  gzipBytes: number;
}

/** The entry scripts of a built page and their gzip sizes (level 9, as servers and CDNs send them). */
export function firstLoadSize(dist: string): FirstLoadSize {
  const indexFile = path.join(dist, 'index.html');
  if (!existsSync(indexFile)) {
    throw new Error(`${indexFile} does not exist: run "npm run build:playground" first.`);
  }
  const html = readFileSync(indexFile, 'utf8');
  const sources = [...html.matchAll(/<script\b[^>]*\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/gi)].map(
    (m) => m[1] ?? m[2] ?? m[3],
  );
  if (sources.length === 0) throw new Error(`${indexFile} references no scripts: the build looks broken.`);
  const scripts = sources.map((src) => {
    const body = readFileSync(path.join(dist, src.replace(/^\//, '')));
    return { file: src, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length };
  });
  return { scripts, gzipBytes: scripts.reduce((sum, s) => sum + s.gzipBytes, 0) };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function main(): number {
  const size = firstLoadSize(PLAYGROUND_DIST);
  for (const s of size.scripts) console.log(`${s.file}  ${kb(s.bytes)} raw, ${kb(s.gzipBytes)} gzip`);
  const verdict = size.gzipBytes <= FIRST_LOAD_BUDGET_BYTES ? 'within' : 'OVER';
  console.log(
    `first-load JS: ${kb(size.gzipBytes)} gzip, ${verdict} the ${kb(FIRST_LOAD_BUDGET_BYTES)} budget`,
  );
  return size.gzipBytes <= FIRST_LOAD_BUDGET_BYTES ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    process.exitCode = main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
