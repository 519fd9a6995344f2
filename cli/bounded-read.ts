import type { FileWorkbookRead } from '../io/read-workbook-file.js';
import { UnreadableFileError } from '../io/read-workbook-file.js';
import type { ReadReply, ReadRequest } from './read-messages.js';
import { startWorker } from './start-worker.js';

/** How long and how much memory one file may take to read. */
export interface ReadBounds {
  seconds: number;
  memoryMb: number;
}

function fromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** Two minutes and 2 GB by default; PLANGATE_READ_SECONDS and PLANGATE_READ_MEMORY_MB change them. */
export function readBounds(): ReadBounds {
  return {
    seconds: fromEnv('PLANGATE_READ_SECONDS', 120),
    memoryMb: fromEnv('PLANGATE_READ_MEMORY_MB', 2048),
  };
}

/**
 * `readWorkbookFile` in a worker thread with a time and a heap limit: a file that makes the
 * reader loop or bloat ends as an `UnreadableFileError` that says so, and the worker is stopped.
 */
export function readBounded(
  fileName: string,
  bytes: Uint8Array,
  bounds: ReadBounds = readBounds(),
): Promise<FileWorkbookRead> {
  return new Promise((resolve, reject) => {
    const request: ReadRequest = { fileName, bytes };
    const worker = startWorker('read-worker', {
      workerData: request,
      resourceLimits: { maxOldGenerationSizeMb: bounds.memoryMb },
    });
    let settled = false;
    const settle = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(
      () =>
        settle(() =>
          reject(
            new UnreadableFileError(
              `${fileName} was still being read after ${bounds.seconds} s and was given up: the file is damaged or far larger than a plan. Open it in Excel, save it again as .xlsx and try again.`,
              'timeout',
            ),
          ),
        ),
      bounds.seconds * 1000,
    );
    worker.on('message', (reply: ReadReply) =>
      settle(() =>
        reply.ok ? resolve(reply.read) : reject(new UnreadableFileError(reply.message, reply.reason ?? 'damaged')),
      ),
    );
    worker.on('error', (error: Error & { code?: string }) =>
      settle(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new UnreadableFileError(
                `${fileName} needs more than the ${bounds.memoryMb} MB of memory PlanGate gives one file and was given up. Save only the plan's sheet in a file of its own, or set PLANGATE_READ_MEMORY_MB higher.`,
                'memory',
              )
            : error,
        ),
      ),
    );
    worker.on('exit', (code) =>
      settle(() => reject(new Error(`the reader of ${fileName} stopped (exit code ${code}) without an answer`))),
    );
  });
}
