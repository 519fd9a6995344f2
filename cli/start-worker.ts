import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * A worker thread running the module `name` that sits beside this one: `read-worker.ts` from
 * the TypeScript sources (through tsx, whose hooks a worker does not inherit), `read-worker.mjs`
 * beside a bundle.
 */
export function startWorker(name: string, options: WorkerOptions): Worker {
  const here = import.meta.url;
  const ext = /\.(ts|mts|mjs|js)$/.exec(here)?.[1] ?? 'js';
  const target = new URL(`./${name}.${ext === 'mts' ? 'ts' : ext}`, here).href;
  if (ext !== 'ts' && ext !== 'mts') return new Worker(new URL(target), options);
  const tsx = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(target)}); });`;
  return new Worker(code, { ...options, eval: true });
}
