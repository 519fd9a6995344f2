import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * What Excel's custom-functions runtime runs: the functions entry bundled for the browser, loaded
 * into a context that has only `CustomFunctions`, like the shared runtime before the pane opens.
 */
describe('the shipped custom functions script', () => {
  it('registers every PLANGATE function and computes through the core', async () => {
    const bundle = await build({
      entryPoints: [new URL('../../excel-addin/functions/functions.ts', import.meta.url).pathname],
      bundle: true,
      write: false,
      format: 'iife',
      target: 'es2020',
      platform: 'browser',
    });
    const registered = new Map<string, (...args: unknown[]) => unknown>();
    class ExcelError extends Error {
      constructor(
        readonly code: string,
        message?: string,
      ) {
        super(message);
      }
    }
    const CustomFunctions = {
      associate: (id: string, fn: (...args: unknown[]) => unknown) => registered.set(id, fn),
      Error: ExcelError,
    };
    runInNewContext(bundle.outputFiles[0].text, { CustomFunctions });

    expect([...registered.keys()].sort()).toEqual(['EAC', 'REALIZATION', 'VALUESTATUS', 'WEIGHTEDVALUE']);
    expect(registered.get('EAC')!([[100, 100, 100]], [['', 150, '']], [[90, '', '']])).toBe(340);
    expect(registered.get('WEIGHTEDVALUE')!(340, 3)).toBe(170);
    expect(registered.get('VALUESTATUS')!(300, 250, 0.95)).toBe('red');
    expect(() => registered.get('REALIZATION')!(10, 0)).toThrow(expect.objectContaining({ code: '#N/A' }));
  });
});
