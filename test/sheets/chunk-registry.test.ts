import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  createChunkRegistry,
  type ChunkExports,
  type ChunkRegistry,
} from '../../sheets-addon/client/chunk-registry.js';

/**
 * Chunk texts as the build writes them: a classic script calling `__plangateChunks.define`.
 * Here `shared` exports a counter, `pane-a`/`pane-b` import it, and `pane-a` loads `charts`.
 */
const TEXTS: Record<string, string> = {
  'shared.js': `__plangateChunks.define("shared.js", function (require, module, exports) {
    let count = 0;
    module.exports = { bump: () => ++count, get count() { return count; } };
  });`,
  'pane-a.js': `__plangateChunks.define("pane-a.js", function (require, module, exports, load) {
    const shared = require("./shared.js");
    module.exports = { title: "Pane A", opened: shared.bump(), charts: () => load("./charts.js") };
  });`,
  'pane-b.js': `__plangateChunks.define("pane-b.js", function (require, module) {
    module.exports = { title: "Pane B", opened: require("./shared.js").bump() };
  });`,
  'charts.js': `__plangateChunks.define("charts.js", function (require, module) {
    module.exports = { default: "Charts" };
  });`,
  'broken.js': `window.somethingElse = 1;`,
};

const DEPENDENCIES = { 'pane-a.js': ['shared.js'], 'pane-b.js': ['shared.js'] };

function world(
  server: (names: string[]) => Promise<string[]> = (names) => Promise.resolve(names.map((n) => TEXTS[n])),
) {
  const requests: string[][] = [];
  const registry: ChunkRegistry = createChunkRegistry({
    dependencies: DEPENDENCIES,
    fetchChunks: (names) => {
      requests.push(names);
      return server(names);
    },
    // The page runs each text as an inline script; here the registry is its only global.
    evaluate: (text) => {
      vm.runInNewContext(text, { __plangateChunks: registry, window: {} });
    },
  });
  return { registry, requests };
}

describe('the sidebar chunk registry', () => {
  it('fetches a pane and the chunks it imports in one server call, then runs it', async () => {
    const { registry, requests } = world();
    const pane = await registry.load('./pane-a.js');
    expect(pane.title).toBe('Pane A');
    expect(pane.opened).toBe(1);
    expect(requests).toEqual([['shared.js', 'pane-a.js']]);
  });

  it('asks only for what has not arrived, and shares one instance of a common chunk', async () => {
    const { registry, requests } = world();
    await registry.load('./pane-a.js');
    const b = await registry.load('./pane-b.js');
    expect(b.opened).toBe(2);
    expect(requests).toEqual([['shared.js', 'pane-a.js'], ['pane-b.js']]);
    expect((registry.require('./shared.js') as { count: number }).count).toBe(2);
  });

  it('asks for what several loads in the same turn need in one call, each chunk once', async () => {
    const { registry, requests } = world();
    const [a, again, b] = await Promise.all([
      registry.load('./pane-a.js'),
      registry.load('./pane-a.js'),
      registry.load('./pane-b.js'),
    ]);
    expect(a).toBe(again);
    expect(b.title).toBe('Pane B');
    expect(requests).toEqual([['shared.js', 'pane-a.js', 'pane-b.js']]);
  });

  it('lets a chunk load further chunks through the loader it was given', async () => {
    const { registry, requests } = world();
    const pane = await registry.load('./pane-a.js');
    const charts = await (pane.charts as () => Promise<ChunkExports>)();
    expect(charts.default).toBe('Charts');
    expect(requests).toEqual([['shared.js', 'pane-a.js'], ['charts.js']]);
  });

  it('runs first-load chunks defined in the page without asking the server', async () => {
    const { registry, requests } = world();
    vm.runInNewContext(TEXTS['shared.js'] + TEXTS['pane-b.js'], { __plangateChunks: registry });
    expect((await registry.load('./pane-b.js')).title).toBe('Pane B');
    expect(requests).toEqual([]);
  });

  it('passes the server failure on and asks again on the next attempt', async () => {
    let fail = true;
    const { registry, requests } = world((names) =>
      fail
        ? Promise.reject(
            new Error('Google Sheets could not be reached. Check your connection, then try again.'),
          )
        : Promise.resolve(names.map((n) => TEXTS[n])),
    );
    await expect(registry.load('./pane-a.js')).rejects.toThrow('Google Sheets could not be reached');
    fail = false;
    expect((await registry.load('./pane-a.js')).title).toBe('Pane A');
    expect(requests).toEqual([
      ['shared.js', 'pane-a.js'],
      ['shared.js', 'pane-a.js'],
    ]);
  });

  it('says which part did not start when the server sends text that defines nothing', async () => {
    const { registry } = world((names) => Promise.resolve(names.map(() => TEXTS['broken.js'])));
    await expect(registry.load('./charts.js')).rejects.toThrow(
      'Part of the sidebar (charts.js) arrived but did not start. Close the sidebar and open it again',
    );
  });

  it('says so when the server sends nothing for a chunk', async () => {
    const { registry } = world(() => Promise.resolve([]));
    await expect(registry.load('./charts.js')).rejects.toThrow(
      'The server sent no code for part of the sidebar (charts.js)',
    );
  });

  it('refuses to run a chunk that has not arrived', () => {
    const { registry } = world();
    expect(() => registry.require('./pane-a.js')).toThrow(
      'Part of the sidebar (pane-a.js) was used before it arrived',
    );
  });
});
