/**
 * Benchmark runner: `npm run bench` runs every `bench/benchmarks/*.ts` file's default export;
 * `-- --only NAME` runs one; `-- --json` prints one JSON object `{ "<name>": { ...figures } }`.
 * Add a benchmark by adding a file; this runner never needs to change.
 */
import { readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Benchmark } from './benchmark.js';

interface Options {
  json: boolean;
  only: string | null;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { json: false, only: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') options.json = true;
    else if (arg === '--only') {
      const name = argv[++i];
      if (name === undefined) throw new Error('--only needs a benchmark name, e.g. --only metrics-100k');
      options.only = name;
    } else if (arg.startsWith('--only=')) options.only = arg.slice('--only='.length);
    else throw new Error(`Unknown option ${arg}. Use --json and/or --only NAME.`);
  }
  return options;
}

function isBenchmark(value: unknown): value is Benchmark {
  const candidate = value as Partial<Benchmark> | null;
  return typeof candidate?.name === 'string' && typeof candidate.run === 'function';
}

async function loadBenchmarks(): Promise<Benchmark[]> {
  const folder = join(dirname(fileURLToPath(import.meta.url)), 'benchmarks');
  const files = (await readdir(folder)).filter((f) => f.endsWith('.ts')).sort();
  const benchmarks: Benchmark[] = [];
  for (const file of files) {
    const module = (await import(pathToFileURL(join(folder, file)).href)) as { default?: unknown };
    if (!isBenchmark(module.default)) {
      throw new Error(
        `bench/benchmarks/${file} must export default { name: string; run(): Promise<figures> }.`,
      );
    }
    benchmarks.push(module.default);
  }
  return benchmarks;
}

function printBlock(name: string, figures: Record<string, number | string>): void {
  const width = Math.max(...Object.keys(figures).map((k) => k.length));
  console.log(`\n== ${name}`);
  for (const [key, value] of Object.entries(figures)) console.log(`  ${key.padEnd(width)}  ${value}`);
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  const all = await loadBenchmarks();
  const selected = options.only === null ? all : all.filter((b) => b.name === options.only);
  if (selected.length === 0) {
    console.error(`No benchmark named "${options.only}". Available: ${all.map((b) => b.name).join(', ')}.`);
    return 1;
  }
  const results: Record<string, Record<string, number | string>> = {};
  let failed = false;
  // With --json, stdout carries only the JSON object: a benchmark's own logging goes to stderr.
  const log = console.log;
  if (options.json) console.log = console.error;
  for (const benchmark of selected) {
    try {
      results[benchmark.name] = await benchmark.run();
      if (!options.json) printBlock(benchmark.name, results[benchmark.name]);
    } catch (error) {
      failed = true;
      const message = error instanceof Error ? error.message : String(error);
      results[benchmark.name] = { error: message };
      if (!options.json) console.error(`\n== ${benchmark.name}\n  FAILED: ${message}`);
    }
  }
  console.log = log;
  if (options.json) console.log(JSON.stringify(results, null, 2));
  return failed ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
