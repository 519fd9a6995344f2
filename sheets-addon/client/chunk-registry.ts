/**
 * The sidebar's module registry. Apps Script serves the sidebar as one HTML page and cannot
 * serve script files by URL, so the build turns each code-split chunk into a classic script
 * that registers a CommonJS-style factory here (`define`). The first-load chunks are inlined in
 * the page; the rest arrive as text from the server the first time a pane needs them (`load`).
 * Classic scripts need nothing the page does not already use (inline scripts), where module
 * Blob URLs would depend on the sandbox's content security policy.
 */

/** `exports` of a chunk: its ES module exports, as esbuild's CommonJS output defines them. */
export type ChunkExports = Record<string, unknown>;

export type ChunkFactory = (
  require: (specifier: string) => ChunkExports,
  module: { exports: ChunkExports },
  exports: ChunkExports,
  load: (specifier: string) => Promise<ChunkExports>,
) => void;

export interface ChunkRegistry {
  define(name: string, factory: ChunkFactory): void;
  /** Runs a defined chunk (once) and returns its exports. */
  require(specifier: string): ChunkExports;
  /** Fetches what a chunk needs that is not here yet, in one server call, then runs it. */
  load(specifier: string): Promise<ChunkExports>;
}

export interface ChunkRegistryOptions {
  /** Every chunk's static imports, direct and indirect (from the build's metafile). */
  dependencies: Record<string, string[]>;
  /** Asks the server for the texts of the named chunks, in order. */
  fetchChunks(names: string[]): Promise<string[]>;
  /** Runs a chunk's text as a classic script (it calls `define`). */
  evaluate(text: string, name: string): void;
}

/** Chunks import each other as `./name.js`. */
const chunkName = (specifier: string) => specifier.replace(/^\.\//, '');

const RELOAD = 'Close the sidebar and open it again from Extensions › PlanGate.';

export function createChunkRegistry(options: ChunkRegistryOptions): ChunkRegistry {
  const factories = new Map<string, ChunkFactory>();
  const modules = new Map<string, { exports: ChunkExports }>();
  const arriving = new Map<string, Promise<void>>();

  function define(name: string, factory: ChunkFactory): void {
    if (!factories.has(name)) factories.set(name, factory);
  }

  function requireChunk(specifier: string): ChunkExports {
    const name = chunkName(specifier);
    const cached = modules.get(name);
    if (cached) return cached.exports;
    const factory = factories.get(name);
    if (!factory) throw new Error(`Part of the sidebar (${name}) was used before it arrived. ${RELOAD}`);
    const module = { exports: {} as ChunkExports };
    // Registered before running, so chunks that import each other see one instance.
    modules.set(name, module);
    factory(requireChunk, module, module.exports, load);
    return module.exports;
  }

  async function load(specifier: string): Promise<ChunkExports> {
    const name = chunkName(specifier);
    const needed = [...(options.dependencies[name] ?? []), name];
    const missing = needed.filter((n) => !factories.has(n) && !arriving.has(n));
    if (missing.length > 0) {
      const batch = request(missing);
      for (const n of missing) arriving.set(n, batch);
    }
    await Promise.all(needed.map((n) => arriving.get(n) ?? Promise.resolve()));
    return requireChunk(name);
  }

  /**
   * Loads asked for in the same turn (the host fetching both possible first panes, say) share
   * one server call: each google.script.run call is a whole Apps Script execution.
   */
  let queued: { names: string[]; done: Promise<void> } | null = null;
  function request(names: string[]): Promise<void> {
    if (!queued) {
      const batch: { names: string[]; done: Promise<void> } = { names: [], done: Promise.resolve() };
      batch.done = Promise.resolve().then(() => {
        queued = null;
        return fetchAndDefine(batch.names);
      });
      // A failed fetch is forgotten, so opening the pane again asks the server again.
      const settled = () => batch.names.forEach((n) => arriving.delete(n));
      batch.done.then(settled, settled);
      queued = batch;
    }
    queued.names.push(...names);
    return queued.done;
  }

  async function fetchAndDefine(names: string[]): Promise<void> {
    const texts = await options.fetchChunks(names);
    names.forEach((name, i) => {
      const text = texts[i];
      if (typeof text !== 'string' || text === '')
        throw new Error(`The server sent no code for part of the sidebar (${name}). ${RELOAD}`);
      options.evaluate(text, name);
      if (!factories.has(name))
        throw new Error(`Part of the sidebar (${name}) arrived but did not start. ${RELOAD}`);
    });
  }

  return { define, require: requireChunk, load };
}
