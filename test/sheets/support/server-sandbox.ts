import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import vm from 'node:vm';
import { fileURLToPath } from 'node:url';
import { serverBundle } from '../../../sheets-addon/build/build.js';
import type * as CustomFunctions from '../../../sheets-addon/server/custom-functions.js';
import type * as Rpc from '../../../sheets-addon/server/rpc.js';
import type * as Menu from '../../../sheets-addon/server/menu.js';
import type { FakeAppsScript } from '../../fakes/sheets/fake-apps-script.js';
import { appsScriptContext } from '../../../sheets-addon/build/apps-script-v8.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const CODE_JS = path.join(root, 'dist', 'sheets', 'Code.js');

let built: Promise<string> | null = null;

/**
 * Builds `dist/sheets/Code.js` once per test process (written atomically: several test files may
 * build at once) and returns the text read back from dist, so tests run exactly the built file.
 */
export function builtServerCode(): Promise<string> {
  built ??= (async () => {
    const { code } = await serverBundle();
    await mkdir(path.dirname(CODE_JS), { recursive: true });
    const temp = `${CODE_JS}.${process.pid}.tmp`;
    await writeFile(temp, code);
    await rename(temp, CODE_JS);
    return readFile(CODE_JS, 'utf8');
  })();
  return built;
}

/** The global functions of Code.js, as Apps Script calls them. */
export type ServerGlobals = typeof Rpc & typeof Menu & typeof CustomFunctions;

/**
 * Loads Code.js into a fresh `vm` context whose only globals are the fake Apps Script services,
 * like a script project bound to `gas.spreadsheet`, and whose built-ins are only those Apps
 * Script's V8 documents (see apps-script-v8.ts): every vm test runs the bundle as Apps Script would.
 */
export function loadServer(code: string, gas: FakeAppsScript): ServerGlobals & { context: vm.Context } {
  const context = appsScriptContext({ ...gas.globals, console });
  vm.runInContext(code, context, { filename: 'Code.js' });
  return Object.assign(context as unknown as ServerGlobals, { context });
}

/** Calls a server function and returns what google.script.run's failure handler would receive. */
export function failureOf(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    return (error as { message?: string }).message ?? String(error);
  }
  throw new Error('Expected the server function to fail, but it succeeded.');
}
