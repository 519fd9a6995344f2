// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import {
  CHUNK_FUNCTION,
  installChunkRegistry,
  REGISTRY_GLOBAL,
} from '../../sheets-addon/client/chunk-runtime.js';

type Handler = (value: unknown) => void;

/** google.script.run as the sidebar sees it: a fresh runner per access, answering later. */
function fakeScriptRun(answer: (name: string, args: unknown[]) => { ok: unknown } | { fail: unknown }) {
  const calls: { name: string; args: unknown[] }[] = [];
  const runner = (onSuccess: Handler | null, onFailure: Handler | null): object =>
    new Proxy(
      {},
      {
        get(_, name: string) {
          if (name === 'withSuccessHandler') return (h: Handler) => runner(h, onFailure);
          if (name === 'withFailureHandler') return (h: Handler) => runner(onSuccess, h);
          return (...args: unknown[]) => {
            calls.push({ name, args });
            const result = answer(name, args);
            setTimeout(() => ('ok' in result ? onSuccess?.(result.ok) : onFailure?.(result.fail)), 0);
          };
        },
      },
    );
  (globalThis as { google?: unknown }).google = { script: { run: runner(null, null) } };
  return calls;
}

const PANE = `${REGISTRY_GLOBAL}.define("Pane-AAAA.js", function (require, module) {
  module.exports = { heading: document.title + " pane", shared: require("./chunk-BBBB.js").word };
});`;
const SHARED = `${REGISTRY_GLOBAL}.define("chunk-BBBB.js", function (require, module) {
  module.exports = { word: "</script> is harmless here" };
});`;

/**
 * jsdom runs page scripts against its own window object, where a browser uses globalThis for
 * both: hand the registry over through the document they share.
 */
function shareWithPageScripts(registry: unknown): void {
  (document as unknown as Record<string, unknown>).__registry = registry;
  const script = document.createElement('script');
  script.text = `window.${REGISTRY_GLOBAL} = document.__registry;`;
  document.head.appendChild(script);
  script.remove();
}

afterEach(() => {
  delete (globalThis as { google?: unknown }).google;
  delete (globalThis as Record<string, unknown>)[REGISTRY_GLOBAL];
});

describe('the sidebar chunk runtime in the page', () => {
  it('fetches chunks through google.script.run and runs them as page scripts', async () => {
    document.title = 'PlanGate';
    const calls = fakeScriptRun((_, [names]) => ({
      ok: (names as string[]).map((n) => (n === 'Pane-AAAA.js' ? PANE : SHARED)),
    }));
    const registry = installChunkRegistry({ 'Pane-AAAA.js': ['chunk-BBBB.js'] });
    expect((globalThis as Record<string, unknown>)[REGISTRY_GLOBAL]).toBe(registry);
    shareWithPageScripts(registry);
    const pane = await registry.load('./Pane-AAAA.js');
    expect(pane).toMatchObject({ heading: 'PlanGate pane', shared: '</script> is harmless here' });
    expect(calls).toEqual([{ name: CHUNK_FUNCTION, args: [['chunk-BBBB.js', 'Pane-AAAA.js']] }]);
    // The scripts ran and left nothing behind in the page.
    expect(document.head.querySelectorAll('script')).toHaveLength(0);
  });

  it('turns Apps Script failures into what the person can do', async () => {
    fakeScriptRun(() => ({ fail: new Error('NetworkError: Connection failure due to HTTP 0') }));
    const registry = installChunkRegistry({});
    await expect(registry.load('./Pane-AAAA.js')).rejects.toThrow(
      'Google Sheets could not be reached. Check your connection, then try again.',
    );
  });

  it('says where to open PlanGate when the page is not in Google Sheets', async () => {
    const registry = installChunkRegistry({});
    await expect(registry.load('./Pane-AAAA.js')).rejects.toThrow(
      'PlanGate must be opened from Google Sheets (Extensions › PlanGate › Open PlanGate).',
    );
  });
});
