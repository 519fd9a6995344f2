import path from 'node:path';
import * as esbuild from 'esbuild';
import { REGISTRY_GLOBAL } from '../client/chunk-runtime.js';

/** One code-split chunk of the sidebar as a classic script that registers itself. */
export interface SidebarChunk {
  /** The chunk's file name, as other chunks import it (`ConvertPane-5XQ2JH7L.js`). */
  name: string;
  /** `__plangateChunks.define(name, factory)` around the chunk's code. */
  script: string;
  /** Every chunk it imports statically, directly or not. */
  dependencies: string[];
}

export interface SidebarChunks {
  /** The entry chunk, which the page runs once everything inlined is defined. */
  entry: string;
  /** The entry and the chunks it imports: inlined in Sidebar.html. */
  firstLoad: SidebarChunk[];
  /** Chunks reached only through `import()`: fetched from the server on first use. */
  onDemand: SidebarChunk[];
  css: string;
}

/** What a chunk calls instead of `import()`: the registry's loader, passed to its factory. */
const LOAD = '__plangateLoad';

const BUILD: esbuild.BuildOptions = {
  bundle: true,
  write: false,
  format: 'esm',
  splitting: true,
  platform: 'browser',
  target: 'es2020',
  minify: true,
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'none',
  logLevel: 'silent',
  metafile: true,
  entryNames: '[name]-[hash]',
  chunkNames: '[name]-[hash]',
};

/**
 * Builds the sidebar with esbuild's code splitting (ES modules), then turns each chunk into a
 * classic script: `import()` of a chunk becomes a call to the registry's loader, and the static
 * imports and exports become CommonJS (`require`, `module.exports`) by esbuild's own transform,
 * which keeps ES live bindings as getters.
 */
export async function buildSidebarChunks(entry: string, outdir: string): Promise<SidebarChunks> {
  const result = await esbuild.build({ ...BUILD, entryPoints: [entry], outdir });
  const metafile = result.metafile!;
  const nameOf = (file: string) => path.basename(file);

  const direct = new Map<string, { statics: string[]; dynamics: string[] }>();
  let entryName = '';
  for (const [file, output] of Object.entries(metafile.outputs)) {
    if (!file.endsWith('.js')) continue;
    const imports = (kind: esbuild.ImportKind) =>
      output.imports.filter((i) => i.kind === kind && !i.external).map((i) => nameOf(i.path));
    direct.set(nameOf(file), { statics: imports('import-statement'), dynamics: imports('dynamic-import') });
    // Every import() target is an entry point too: the page's entry is the one built from `entry`.
    if (output.entryPoint && path.resolve(output.entryPoint) === path.resolve(entry))
      entryName = nameOf(file);
  }
  if (!entryName) throw new Error('esbuild produced no sidebar entry chunk');

  const closure = (name: string): string[] => {
    const seen = new Set<string>();
    const visit = (from: string) => {
      for (const dep of direct.get(from)?.statics ?? []) {
        if (seen.has(dep)) continue;
        seen.add(dep);
        visit(dep);
      }
    };
    visit(name);
    seen.delete(name);
    return [...seen].sort();
  };

  const chunks: SidebarChunk[] = [];
  let css = '';
  for (const file of result.outputFiles ?? []) {
    if (file.path.endsWith('.css')) {
      css += file.text;
      continue;
    }
    const name = nameOf(file.path);
    const info = direct.get(name);
    if (!info) throw new Error(`esbuild wrote ${name}, which its metafile does not describe`);
    const script = await classicScript(name, file.text, info.dynamics);
    chunks.push({ name, script, dependencies: closure(name) });
  }

  const firstLoadNames = new Set([entryName, ...closure(entryName)]);
  return {
    entry: entryName,
    firstLoad: chunks.filter((c) => firstLoadNames.has(c.name)),
    onDemand: chunks.filter((c) => !firstLoadNames.has(c.name)),
    css,
  };
}

async function classicScript(name: string, esm: string, dynamicImports: string[]): Promise<string> {
  let code = esm;
  for (const target of new Set(dynamicImports)) {
    const call = `import("./${target}")`;
    if (!code.includes(call))
      throw new Error(`${name}: expected ${call} in esbuild's output; the chunk loader cannot route it`);
    code = code.split(call).join(`${LOAD}(${JSON.stringify(target)})`);
  }
  const cjs = await esbuild.transform(code, {
    format: 'cjs',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const left = /\bimport\s*\(\s*["'`]\.\//.exec(cjs.code) ?? /^\s*(import|export)\b[^(]/m.exec(cjs.code);
  if (left) throw new Error(`${name}: module syntax survived the chunk transform: "${left[0]}"`);
  return `${REGISTRY_GLOBAL}.define(${JSON.stringify(name)},function(require,module,exports,${LOAD}){${cjs.code}\n});`;
}
