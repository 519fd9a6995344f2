/**
 * `npm run core-graph`: core's folder dependency graph, as the TypeScript compiler reads the
 * imports (type-only imports included), floor by floor; exits 1 when a folder or file cycle
 * exists or an arrow points up a floor. test/architecture/core-graph.test.ts asserts the same.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { CORE_FLOORS } from './core-floors.js';

export const CORE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'core');

export interface CoreGraph {
  /** File → the core files it imports, paths relative to core/. */
  files: Map<string, Set<string>>;
  /** Folder → the other folders of core it imports ('.' is core/index.ts). */
  folders: Map<string, Set<string>>;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** The file an import specifier names: `./x.js` is `./x.ts` (or `.tsx`) in the source tree. */
function resolveImport(from: string, specifier: string): string | null {
  const base = path.resolve(path.dirname(from), specifier).replace(/\.js$/, '');
  for (const candidate of [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

export const folderOf = (file: string): string => {
  const parts = file.split('/');
  return parts.length > 1 ? parts[0] : '.';
};

export function coreGraph(core = CORE): CoreGraph {
  const files = new Map<string, Set<string>>();
  const folders = new Map<string, Set<string>>();
  for (const file of sourceFiles(core)) {
    const name = path.relative(core, file).split(path.sep).join('/');
    const targets = new Set<string>();
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const target = resolveImport(file, fileName);
      if (target === null || !target.startsWith(core + path.sep)) continue;
      targets.add(path.relative(core, target).split(path.sep).join('/'));
    }
    files.set(name, targets);
    const from = folderOf(name);
    const out = folders.get(from) ?? new Set<string>();
    for (const target of targets) if (folderOf(target) !== from) out.add(folderOf(target));
    folders.set(from, out);
  }
  return { files, folders };
}

/** One cycle of the graph, as the path that closes it (`a → b → a`), or null when there is none. */
export function findCycle(graph: ReadonlyMap<string, ReadonlySet<string>>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const trail: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'open') return [...trail.slice(trail.indexOf(node)), node];
    state.set(node, 'open');
    trail.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    trail.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of [...graph.keys()].sort()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

/** The floor of a folder of core: its index in CORE_FLOORS; core/index.ts is above them all. */
export function floorOf(folder: string): number {
  if (folder === '.') return CORE_FLOORS.length;
  const floor = CORE_FLOORS.findIndex((folders) => folders.includes(folder));
  return floor;
}

/** Arrows between folders that point up a floor, or at a folder no floor names. */
export function upwardArrows(folders: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const wrong: string[] = [];
  for (const [from, targets] of folders) {
    for (const to of targets) {
      if (floorOf(from) < 0 || floorOf(to) < 0 || floorOf(to) > floorOf(from)) wrong.push(`${from} → ${to}`);
    }
  }
  return wrong.sort();
}

function main(): void {
  const { files, folders } = coreGraph();
  for (const [level, floor] of CORE_FLOORS.entries()) {
    console.log(`floor ${level}`);
    for (const folder of floor) {
      const targets = [...(folders.get(folder) ?? [])].sort(
        (a, b) => floorOf(a) - floorOf(b) || a.localeCompare(b),
      );
      console.log(`  ${folder.padEnd(10)} → ${targets.join(', ') || '(nothing outside itself)'}`);
    }
  }
  const problems = [
    ...[findCycle(folders)].filter((c) => c !== null).map((c) => `folder cycle: ${c.join(' → ')}`),
    ...[findCycle(files)].filter((c) => c !== null).map((c) => `file cycle: ${c.join(' → ')}`),
    ...upwardArrows(folders).map((a) => `upward arrow: ${a}`),
  ];
  for (const problem of problems) console.error(problem);
  if (problems.length > 0) process.exitCode = 1;
  else console.log(`${files.size} files, no cycle, every arrow points down.`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
