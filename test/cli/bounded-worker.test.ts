import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { boundedWorker } from '../../cli/bounded-worker.js';

const start = (code: string) => (resourceLimits: { maxOldGenerationSizeMb: number }) =>
  new Worker(code, { eval: true, resourceLimits });

const outcome = (code: string, memoryMb = 64, seconds = 2): Promise<string> =>
  boundedWorker<string>(start(code), { seconds, memoryMb }, (kind) => new Error(kind)).then(
    (answer) => `answer: ${answer}`,
    (error: Error) => `stopped: ${error.message}`,
  );

describe('boundedWorker: the bound the command line reads every file under', () => {
  it('hands back the worker’s answer', async () => {
    expect(await outcome("require('node:worker_threads').parentPort.postMessage('done')")).toBe(
      'answer: done',
    );
  });

  it('stops a worker that never answers (a reader in an endless loop)', async () => {
    expect(await outcome('for (;;) {}', 64, 0.5)).toBe('stopped: timeout');
  });

  it('stops a worker that outgrows its heap', async () => {
    expect(await outcome('const keep = []; for (;;) keep.push(new Array(1e5).fill({}));', 32, 120)).toBe(
      'stopped: memory',
    );
  });
});
