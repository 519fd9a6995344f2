/**
 * Writes the playground's first render into the built index.html (`npm run build:playground` runs
 * it after webpack): the page shows the sample plan and the Convert plan pane as soon as the HTML
 * and stylesheet arrive, and the script only attaches to it (main.tsx). The same setup runs here
 * and in the page (playground/createPlayground.tsx), so both render the same thing.
 *
 * Usage: tsx playground/build/prerender.tsx [built directory, default dist/playground]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderToString } from 'react-dom/server';
import { createPlayground, PRERENDERED } from '../createPlayground.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.resolve(process.argv[2] ?? path.join(here, '..', '..', 'dist', 'playground'));
const file = path.join(dist, 'index.html');

/** The template's root with its "Opening…" line, as the production build writes it. */
const ROOT = /<div id="root">\s*<p class="opening"[^>]*>[^<]*<\/p>\s*<\/div>/;

const html = readFileSync(file, 'utf8');
if (!ROOT.test(html)) {
  console.error(`${file} has no empty root to fill: build the playground first (npm run build:playground).`);
  process.exit(1);
}
const page = renderToString(await createPlayground());
writeFileSync(
  file,
  html.replace(ROOT, () => `<div id="root" ${PRERENDERED}>${page}</div>`),
);
console.log(
  `Prerendered the playground into ${path.relative(process.cwd(), file)} (${(page.length / 1024).toFixed(1)} KB of HTML).`,
);
