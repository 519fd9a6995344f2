/**
 * The playground's file reader, in a Web Worker: an upload that makes the reader loop or bloat
 * can be stopped by terminating the worker, and the page stays responsive meanwhile.
 */
import { readWorkbookFile } from '../io/read-workbook-file.js';

interface WorkerScope {
  onmessage: ((event: MessageEvent<{ fileName: string; bytes: Uint8Array }>) => void) | null;
  postMessage(message: unknown): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { fileName, bytes } = event.data;
  readWorkbookFile(fileName, bytes).then(
    (read) => scope.postMessage({ ok: true, read }),
    (error: unknown) =>
      scope.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
};
