import { createRequire } from 'node:module';
import vm from 'node:vm';
import * as esbuild from 'esbuild';
import { appsScriptContext } from './apps-script-v8.js';

const require = createRequire(import.meta.url);

/**
 * Node built-ins some libraries mention only on Node-only paths (papaparse's stream reader):
 * Apps Script has none, so they resolve to an empty module instead of failing the build.
 */
const noNodeBuiltins: esbuild.Plugin = {
  name: 'no-node-builtins',
  setup(build) {
    build.onResolve({ filter: /^(node:)?(stream|fs|path|buffer|util)$/ }, (args) => ({
      path: args.path,
      namespace: 'empty-builtin',
    }));
    build.onLoad({ filter: /.*/, namespace: 'empty-builtin' }, () => ({
      contents: 'module.exports = {};',
      loader: 'js',
    }));
  },
};
const ENTRY_GLOBAL = '__PlanGateEntry';

export interface ServerBundle {
  code: string;
  /** Names of the top-level functions Apps Script sees. */
  functions: string[];
}

async function bundleText(options: esbuild.BuildOptions): Promise<string> {
  const result = await esbuild.build({
    ...options,
    bundle: true,
    write: false,
    logLevel: 'silent',
    legalComments: 'none',
  });
  const file = result.outputFiles?.[0];
  if (!file) throw new Error('esbuild produced no output');
  return file.text;
}

/**
 * Builds `Code.js`: the server as one script with no modules, whose entry points are real
 * top-level function declarations (Apps Script finds triggers, menu callbacks and
 * google.script.run targets only there).
 *
 * The core is written with async/await; Apps Script's services are synchronous and an entry
 * point must return a value, not a Promise. So async code is lowered to generators and the
 * whole server runs on a synchronous Promise (`synchronous-promise`), passed in as the
 * `Promise` binding of the bundle's scope: the global Promise of the project is untouched.
 */
export async function buildServerBundle(
  entry: string,
  customFunctionDocs: Record<string, string> = {},
): Promise<ServerBundle> {
  const server = await bundleText({
    entryPoints: [entry],
    format: 'iife',
    globalName: ENTRY_GLOBAL,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2019',
    supported: { 'async-await': false, 'async-generator': false, 'for-await': false },
    plugins: [noNodeBuiltins],
  });
  const syncPromise = await bundleText({
    entryPoints: [require.resolve('synchronous-promise')],
    format: 'iife',
    globalName: '__PlanGateSyncPromiseModule',
    platform: 'neutral',
    target: 'es2019',
  });

  const body = [
    '// PlanGate for Google Sheets: server bundle. Built by `npm run sheets:build` from sheets-addon/server; do not edit.',
    syncPromise.trim(),
    'var __PlanGateServer = (function (Promise) {',
    server.trim(),
    `return ${ENTRY_GLOBAL};`,
    '})(__PlanGateSyncPromiseModule.SynchronousPromise);',
  ].join('\n');

  const functions = exportedFunctions(body);
  const stubs = functions.map((name) => {
    const doc = customFunctionDocs[name];
    const comment = doc ? `${doc.trim()}\n` : '';
    return `${comment}function ${name}() {\n  return __PlanGateServer.${name}.apply(this, arguments);\n}`;
  });
  const code = `${body}\n\n${stubs.join('\n\n')}\n`;
  assertNoModuleSyntax(code);
  return { code, functions };
}

/**
 * Evaluates the bundle in an empty context with only the built-ins Apps Script's V8 documents (it
 * must not touch Apps Script, nor a newer built-in, at load) and lists its functions.
 */
function exportedFunctions(body: string): string[] {
  const context = appsScriptContext({});
  vm.runInContext(body, context, { filename: 'Code.js' });
  const entry = (context as { __PlanGateServer?: Record<string, unknown> }).__PlanGateServer;
  if (!entry) throw new Error('The server bundle did not define its entry object.');
  const names = Object.keys(entry).filter((k) => typeof entry[k] === 'function');
  for (const name of names)
    if (!/^[A-Za-z_$][\w$]*$/.test(name)) throw new Error(`Unusable entry name ${name}`);
  return names.sort();
}

export function assertNoModuleSyntax(code: string): void {
  const found =
    /^\s*(import|export)\b[^(]/m.exec(code) ?? /\bimport\s*\(/.exec(code) ?? /\bimport\.meta\b/.exec(code);
  if (found) throw new Error(`Module syntax survived in the Apps Script bundle: "${found[0].trim()}"`);
}
