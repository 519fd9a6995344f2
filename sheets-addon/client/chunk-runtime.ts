/**
 * The first script of Sidebar.html (built as a classic script): installs the chunk registry
 * every other script of the sidebar registers with, fetching chunks through google.script.run
 * and running each as an inline script. The build appends the call with the chunk dependencies.
 */
import type * as ServerEntry from '../server/main.js';
import { createChunkRegistry, type ChunkRegistry } from './chunk-registry.js';
import { readableError } from './readable-error.js';
import { pageScriptRunner } from './script-runner.js';

/** The global the build's chunk scripts call: `__plangateChunks.define(name, factory)`. */
export const REGISTRY_GLOBAL = '__plangateChunks';

/** The server function that returns chunk texts (sheets-addon/server/sidebar-chunks.ts). */
export const CHUNK_FUNCTION = 'sidebarChunks' satisfies keyof typeof ServerEntry;

function fetchChunks(names: string[]): Promise<string[]> {
  return new Promise((resolve, reject) => {
    try {
      const run = pageScriptRunner()
        .withSuccessHandler((texts) => resolve(texts as string[]))
        .withFailureHandler((error) => reject(readableError(error))) as unknown as Record<
        string,
        (names: string[]) => void
      >;
      run[CHUNK_FUNCTION](names);
    } catch (error) {
      reject(readableError(error));
    }
  });
}

/** An inline script runs in the page's global scope at once, as the first-load chunks did. */
function evaluate(text: string): void {
  const script = document.createElement('script');
  script.text = text;
  document.head.appendChild(script);
  script.remove();
}

export function installChunkRegistry(dependencies: Record<string, string[]>): ChunkRegistry {
  const registry = createChunkRegistry({ dependencies, fetchChunks, evaluate });
  (globalThis as Record<string, unknown>)[REGISTRY_GLOBAL] = registry;
  return registry;
}
