import type { FileWorkbookRead } from '../io/read-workbook-file.js';
import { UnreadableFileError } from '../io/read-workbook-file.js';
import { boundedWorker, type WorkerBounds, type WorkerOverrun } from './bounded-worker.js';
import type { ReadReply, ReadRequest } from './read-messages.js';
import { startWorker } from './start-worker.js';

function fromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** Two minutes and 2 GB per file by default; PLANGATE_READ_SECONDS and PLANGATE_READ_MEMORY_MB change them. */
export function readBounds(): WorkerBounds {
  return {
    seconds: fromEnv('PLANGATE_READ_SECONDS', 120),
    memoryMb: fromEnv('PLANGATE_READ_MEMORY_MB', 2048),
  };
}

function overrunError(fileName: string, bounds: WorkerBounds, kind: WorkerOverrun): UnreadableFileError {
  return kind === 'timeout'
    ? new UnreadableFileError(
        `${fileName} was still being read after ${bounds.seconds} s and was given up: the file is damaged or far larger than a plan. Open it in Excel, save it again as .xlsx and try again.`,
        'timeout',
      )
    : new UnreadableFileError(
        `${fileName} needs more than the ${bounds.memoryMb} MB of memory PlanGate gives one file and was given up. Save only the plan's sheet in a file of its own, or set PLANGATE_READ_MEMORY_MB higher.`,
        'memory',
      );
}

/**
 * `readWorkbookFile` in a worker thread with a time and a heap limit: a file that makes the
 * reader loop or bloat ends as an `UnreadableFileError` that says so, and the worker is stopped.
 */
export async function readBounded(
  fileName: string,
  bytes: Uint8Array,
  bounds: WorkerBounds = readBounds(),
): Promise<FileWorkbookRead> {
  const request: ReadRequest = { fileName, bytes };
  const reply = await boundedWorker<ReadReply>(
    (resourceLimits) => startWorker('read-worker', { workerData: request, resourceLimits }),
    bounds,
    (kind) => overrunError(fileName, bounds, kind),
  );
  if (!reply.ok) throw new UnreadableFileError(reply.message, reply.reason ?? 'damaged');
  return reply.read;
}
