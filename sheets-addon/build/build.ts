/**
 * `npm run sheets:build`: writes dist/sheets/ — Code.js (server), Sidebar.html (the sidebar's
 * first load), one SidebarChunk_*.html per chunk of pane code the server hands the sidebar on
 * first use, and appsscript.json — the folder `clasp push` uploads (`.clasp.json` rootDir).
 * `--server-only` skips the sidebar (the vm tests need only the server).
 */
import { copyFile, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CUSTOM_FUNCTION_DOCS } from '../server/custom-function-docs.js';
import { buildServerBundle } from './server-bundle.js';
import { SIDEBAR_CHUNK_PREFIX, sidebarChunkFile } from '../server/sidebar-chunks.js';
import { buildSidebar, scriptElement } from './sidebar-html.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const addon = path.join(root, 'sheets-addon');
export const SHEETS_DIST = path.join(root, 'dist', 'sheets');

/** Code.js as text: the server bundle with the custom functions' JSDoc on their declarations. */
export function serverBundle(): ReturnType<typeof buildServerBundle> {
  return buildServerBundle(path.join(addon, 'server', 'main.ts'), CUSTOM_FUNCTION_DOCS);
}

/** Written whole or not at all: tests in other processes may be reading dist/sheets meanwhile. */
async function writeAtomically(file: string, text: string): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, text);
  await rename(temp, file);
}

export async function buildSheets(options: { sidebar: boolean } = { sidebar: true }): Promise<void> {
  await mkdir(SHEETS_DIST, { recursive: true });
  const server = await serverBundle();
  await writeAtomically(path.join(SHEETS_DIST, 'Code.js'), server.code);
  await copyFile(path.join(addon, 'appsscript.json'), path.join(SHEETS_DIST, 'appsscript.json'));
  if (options.sidebar) {
    const sidebar = await buildSidebar(path.join(addon, 'client', 'main.tsx'));
    const chunkFiles = new Set(sidebar.onDemand.map((c) => `${sidebarChunkFile(c.name)}.html`));
    for (const chunk of sidebar.onDemand)
      await writeAtomically(
        path.join(SHEETS_DIST, `${sidebarChunkFile(chunk.name)}.html`),
        `${scriptElement(chunk.script)}\n`,
      );
    await writeAtomically(path.join(SHEETS_DIST, 'Sidebar.html'), sidebar.html);
    // clasp pushes every file in the folder: chunks of earlier builds would pile up in the project.
    for (const file of await readdir(SHEETS_DIST))
      if (file.startsWith(SIDEBAR_CHUNK_PREFIX) && file.endsWith('.html') && !chunkFiles.has(file))
        await rm(path.join(SHEETS_DIST, file), { force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildSheets({ sidebar: !process.argv.includes('--server-only') }).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
