/** Worker entry: read one file off the main thread, so a reader that loops or bloats can be stopped. */
import { parentPort, workerData } from 'node:worker_threads';
import { readWorkbookFile, UnreadableFileError } from '../io/read-workbook-file.js';
import type { ReadReply, ReadRequest } from './read-messages.js';
import { verifyZipSizes } from './verify-zip-sizes.js';

const { fileName, bytes } = workerData as ReadRequest;

function reply(message: ReadReply): void {
  parentPort?.postMessage(message);
}

Promise.resolve()
  .then(() => {
    verifyZipSizes(fileName, bytes);
    return readWorkbookFile(fileName, bytes);
  })
  .then(
    (read) => reply({ ok: true, read }),
    (error: unknown) =>
      reply({
        ok: false,
        message: error instanceof Error ? error.message : String(error),
        reason: error instanceof UnreadableFileError ? error.reason : null,
      }),
  );
