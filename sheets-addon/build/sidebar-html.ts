import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { REGISTRY_GLOBAL } from '../client/chunk-runtime.js';
import { buildSidebarChunks, type SidebarChunk } from './sidebar-chunks.js';

export interface SidebarBuild {
  /** Sidebar.html: the chunk runtime and the first-load chunks inlined. */
  html: string;
  /** Chunks the sidebar asks the server for when a pane first needs them. */
  onDemand: SidebarChunk[];
}

/**
 * A script as one `<script>` element: the page's inline scripts, and each chunk file, so that
 * HtmlService reads it as well-formed HTML. A literal "</script" inside would end the element
 * early; "<\/script" means the same to JavaScript.
 */
export function scriptElement(js: string): string {
  // "<!--" would switch the HTML parser into an escaped state where "</script>" may not end it.
  if (js.includes('<!--'))
    throw new Error('A sidebar script contains "<!--": it cannot be inlined safely; find what emits it.');
  return `<script>${js.replace(/<\/(script)/gi, '<\\/$1')}</script>`;
}

/** The registry, as a classic script that installs it with every chunk's dependencies. */
async function runtimeScript(dependencies: Record<string, string[]>): Promise<string> {
  const result = await esbuild.build({
    stdin: {
      contents: `import { installChunkRegistry } from './chunk-runtime.js';\ninstallChunkRegistry(${JSON.stringify(dependencies)});`,
      resolveDir: path.dirname(CLIENT_RUNTIME),
      sourcefile: 'sidebar-runtime.ts',
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const js = result.outputFiles[0]?.text;
  if (!js) throw new Error('esbuild produced no chunk runtime');
  return js;
}

const CLIENT_RUNTIME = fileURLToPath(new URL('../client/chunk-runtime.ts', import.meta.url));

/**
 * Builds `Sidebar.html`. HtmlService serves one file and cannot serve scripts by URL, so the
 * page inlines the first load — the chunk runtime, the entry and the chunks it imports — and
 * every other chunk (the panes' own code) is returned as text by the server's `sidebarChunks`
 * when first needed. The first load stays within PRODUCT.md's 200 KB task-pane budget.
 */
export async function buildSidebar(entry: string): Promise<SidebarBuild> {
  // A virtual outdir: nothing is written; chunk names are what matters.
  const chunks = await buildSidebarChunks(entry, path.join(path.dirname(entry), 'out'));
  // Only chunks fetched later need their imports listed: the first load is all defined.
  const dependencies = Object.fromEntries(
    chunks.onDemand.filter((c) => c.dependencies.length > 0).map((c) => [c.name, c.dependencies]),
  );
  const scripts = [
    await runtimeScript(dependencies),
    ...chunks.firstLoad.map((c) => c.script),
    `${REGISTRY_GLOBAL}.require(${JSON.stringify(chunks.entry)});`,
  ];
  const html = [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<base target="_top">',
    '<meta charset="utf-8">',
    // No viewport <meta> here: Apps Script ignores it; showSidebar adds it with addMetaTag.
    '<title>PlanGate</title>',
    `<style>html,body{margin:0;padding:0;}${chunks.css}</style>`,
    '</head>',
    '<body>',
    '<div id="root"></div>',
    ...scripts.map(scriptElement),
    '</body>',
    '</html>',
    '',
  ].join('\n');
  return { html, onDemand: chunks.onDemand };
}
