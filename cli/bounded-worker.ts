import type { Worker } from 'node:worker_threads';

/** How long and how much heap one worker may take. */
export interface WorkerBounds {
  seconds: number;
  memoryMb: number;
}

/** How a bounded worker ended without an answer. */
export type WorkerOverrun = 'timeout' | 'memory';

/**
 * The first message of a worker started with `start(resourceLimits)`, or a rejection: `overrun`
 * when it runs past `bounds.seconds` or out of its heap (the worker is terminated either way).
 */
export function boundedWorker<T>(
  start: (resourceLimits: { maxOldGenerationSizeMb: number }) => Worker,
  bounds: WorkerBounds,
  overrun: (kind: WorkerOverrun) => Error,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = start({ maxOldGenerationSizeMb: bounds.memoryMb });
    let settled = false;
    const settle = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(() => settle(() => reject(overrun('timeout'))), bounds.seconds * 1000);
    worker.on('message', (message: T) => settle(() => resolve(message)));
    worker.on('error', (error: Error & { code?: string }) =>
      settle(() => reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? overrun('memory') : error)),
    );
    worker.on('exit', (code) =>
      settle(() => reject(new Error(`the worker stopped (exit code ${code}) without an answer`))),
    );
  });
}
