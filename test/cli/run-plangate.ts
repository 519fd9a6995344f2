import { spawn as spawnChild, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';

const ROOT = resolve(import.meta.dirname, '../..');
export const BIN = join(ROOT, 'bin/plangate.js');

/**
 * The command line bundled once per test run, so each child process starts in a fraction of the
 * time the TypeScript sources need. Kept under node_modules so its packages resolve as in the repo.
 */
function bundle(): string {
  const dir = join(ROOT, 'node_modules/.cache/plangate-cli-test');
  mkdirSync(dir, { recursive: true });
  // Build under a private name, then rename: concurrent test runs never see a half-written file.
  // The read worker is a bundle of its own beside main.mjs, where the command line looks for it.
  const partial = join(dir, `build-${process.pid}`);
  buildSync({
    entryPoints: { main: join(ROOT, 'cli/main.ts'), 'read-worker': join(ROOT, 'cli/read-worker.ts') },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outdir: partial,
    outExtension: { '.js': '.mjs' },
    logLevel: 'error',
  });
  renameSync(join(partial, 'read-worker.mjs'), join(dir, 'read-worker.mjs'));
  renameSync(join(partial, 'main.mjs'), join(dir, 'main.mjs'));
  rmSync(partial, { recursive: true, force: true });
  const entry = join(dir, 'plangate.mjs');
  writeFileSync(
    entry,
    "import { main } from './main.mjs';\nprocess.exitCode = await main(process.argv.slice(2));\n",
  );
  return entry;
}

let entry: string | null = null;

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The bundled command line's entry script, for tests that start it their own way. */
export function plangateEntry(): string {
  entry ??= bundle();
  return entry;
}

/** Run `plangate ARGS` as a child process in `cwd`, the way a user does. */
export function plangate(cwd: string, ...args: string[]): CliRun {
  entry ??= bundle();
  return spawn(entry, cwd, args);
}

/** Run through bin/plangate.js exactly as `npx plangate` does (slower: TypeScript sources via tsx). */
export function plangateBin(cwd: string, ...args: string[]): CliRun {
  return spawn(BIN, cwd, args);
}

function spawn(script: string, cwd: string, args: string[]): CliRun {
  const run = spawnSync(process.execPath, [script, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, PLANGATE_USER: 'Dana PMO' },
    timeout: 120_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A `plangate ARGS` child process that runs while the test goes on; `done` settles when it exits. */
export interface RunningCli {
  child: ChildProcess;
  done: Promise<CliRun & { signal: NodeJS.Signals | null }>;
}

/** Start `plangate ARGS` without waiting for it (for concurrent and killed runs). */
export function startPlangate(cwd: string, args: string[], env: Record<string, string> = {}): RunningCli {
  entry ??= bundle();
  const child = spawnChild(process.execPath, [entry, ...args], {
    cwd,
    env: { ...process.env, PLANGATE_USER: 'Dana PMO', ...env },
    timeout: 120_000,
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const done = new Promise<CliRun & { signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, done };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'plangate-cli-'));
}
