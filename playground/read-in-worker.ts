import type { FileWorkbookRead } from '../io/read-workbook-file.js';

/** How long an upload may take to read before the worker reading it is stopped. */
export const UPLOAD_READ_SECONDS = 60;

type Reply = { ok: true; read: FileWorkbookRead } | { ok: false; message: string };

/**
 * Read an uploaded file in a Web Worker that is terminated when it answers, fails or runs past
 * `seconds`: a file that would make the reader loop ends as a message, not a frozen tab.
 */
export function readInWorker(
  fileName: string,
  bytes: Uint8Array,
  seconds = UPLOAD_READ_SECONDS,
): Promise<FileWorkbookRead> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./read-worker.ts', import.meta.url), { type: 'module' });
    let settled = false;
    const settle = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.terminate();
      outcome();
    };
    const timer = setTimeout(
      () =>
        settle(() =>
          reject(
            new Error(
              `it was still being read after ${seconds} s and was given up: the file is damaged or far larger than a plan. Open it in Excel, save it again as .xlsx and upload that.`,
            ),
          ),
        ),
      seconds * 1000,
    );
    worker.onmessage = (event: MessageEvent<Reply>) => {
      const reply = event.data;
      settle(() => (reply.ok ? resolve(reply.read) : reject(new Error(reply.message))));
    };
    worker.onerror = (event) =>
      settle(() =>
        reject(new Error(`the reader stopped (${event.message || 'out of memory'}). Upload a smaller file.`)),
      );
    worker.postMessage({ fileName, bytes });
  });
}
