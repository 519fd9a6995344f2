import { readFile } from 'node:fs/promises';
import path from 'node:path';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSheets, SHEETS_DIST } from '../../sheets-addon/build/build.js';
import { STALE_SIDEBAR_MESSAGE } from '../../sheets-addon/server/sidebar-chunks.js';
import { FIRST_LOAD_BUDGET_BYTES, inlineFirstLoadSize } from '../../scripts/size-check.js';
import { FakeAppsScript } from '../fakes/sheets/fake-apps-script.js';
import { builtHtmlFiles } from './support/built-html-files.js';
import { failureOf, loadServer } from './support/server-sandbox.js';

let files: Record<string, string> = {};
let code = '';

beforeAll(async () => {
  await buildSheets({ sidebar: true });
  files = builtHtmlFiles();
  code = await readFile(path.join(SHEETS_DIST, 'Code.js'), 'utf8');
}, 120_000);

/** The script each SidebarChunk_* file holds in its one `<script>` element, by chunk name. */
function chunkFiles(): Map<string, string> {
  return new Map(
    Object.entries(files)
      .filter(([name]) => name.startsWith('SidebarChunk_'))
      .map(([name, text]) => {
        const script = /^<script>([\s\S]*)<\/script>\n$/.exec(text)?.[1];
        if (script === undefined) throw new Error(`${name}.html is not one <script> element`);
        return [`${name.slice('SidebarChunk_'.length)}.js`, script];
      }),
  );
}

/** Chunk names a text refers to: defined, loaded on demand, or required. */
const defined = (text: string) => [...text.matchAll(/__plangateChunks\.define\("([^"]+)"/g)].map((m) => m[1]);
const loaded = (text: string) => [...text.matchAll(/__plangateLoad\("([^"]+)"\)/g)].map((m) => m[1]);
const required = (text: string) => [...text.matchAll(/require\("\.\/([^"]+)"\)/g)].map((m) => m[1]);

describe('the built sidebar (dist/sheets)', () => {
  it('inlines a first load within the 200 KB gzip budget', () => {
    const size = inlineFirstLoadSize(files.Sidebar);
    expect(size.gzipBytes).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_BYTES);
    // The runtime, the entry and what it imports, and the call that starts the entry.
    expect(size.scripts.some((s) => /^main-\w+\.js \(inline\)$/.test(s.file))).toBe(true);
  });

  it('ships every pane as a chunk the page does not carry', () => {
    const inline = defined(files.Sidebar);
    const onDemand = [...chunkFiles().keys()];
    for (const pane of ['Convert', 'Register', 'Initiative', 'SignOff', 'Portfolio', 'Integrity', 'Settings'])
      expect(
        onDemand.some((c) => c.startsWith(`${pane}Pane-`)),
        pane,
      ).toBe(true);
    expect(inline.filter((c) => onDemand.includes(c))).toEqual([]);
  });

  it('has a file for every chunk any code loads or imports', () => {
    const inline = new Set(defined(files.Sidebar));
    const chunks = chunkFiles();
    const everything = [files.Sidebar, ...chunks.values()];
    for (const name of everything.flatMap((t) => [...loaded(t), ...required(t)]))
      expect(inline.has(name) || chunks.has(name), name).toBe(true);
  });

  it('makes each chunk file one script element that defines the chunk it is named after', () => {
    for (const [name, text] of chunkFiles()) {
      // Nothing inside ends the element early, so HtmlService sees well-formed HTML.
      expect(text, name).not.toMatch(/<\/script/i);
      expect(defined(text), name).toEqual([name]);
      // Compiles as a script: any import/export left over would be a syntax error here.
      expect(() => new vm.Script(text, { filename: name }), name).not.toThrow();
    }
  });
});

describe('sidebarChunks in the built Code.js', () => {
  it('is a top-level function that returns the chunk texts in the order asked', () => {
    expect(code).toMatch(/^function sidebarChunks\(/m);
    const gas = new FakeAppsScript({ htmlFiles: files });
    const server = loadServer(code, gas) as unknown as { sidebarChunks(names: unknown): string[] };
    const names = [...chunkFiles().keys()].slice(0, 3);
    expect(server.sidebarChunks(names)).toEqual(names.map((n) => chunkFiles().get(n)));
    expect(gas.log.rangeReads).toBe(0);
  });

  it('tells a sidebar built for another version of the add-on to reopen', () => {
    const server = loadServer(code, new FakeAppsScript({ htmlFiles: files })) as unknown as {
      sidebarChunks(names: unknown): string[];
    };
    expect(failureOf(() => server.sidebarChunks(['SettingsPane-OLDHASH1.js']))).toBe(STALE_SIDEBAR_MESSAGE);
    const damaged = new FakeAppsScript({ htmlFiles: { 'SidebarChunk_Pane-AAAA': 'var x = 1;' } });
    expect(
      failureOf(() =>
        (loadServer(code, damaged) as unknown as typeof server).sidebarChunks(['Pane-AAAA.js']),
      ),
    ).toBe(
      "The add-on's file SidebarChunk_Pane-AAAA is not the one its build wrote: build and push the add-on again (npm run sheets:push).",
    );
    for (const bad of [['../Code.js'], ['Sidebar'], 'ConvertPane.js', [42]])
      expect(failureOf(() => server.sidebarChunks(bad))).toContain(STALE_SIDEBAR_MESSAGE);
  });
});
