import type { FileWorkbookRead, UnreadableReason } from '../io/read-workbook-file.js';

/** What the main thread hands the read worker. */
export interface ReadRequest {
  fileName: string;
  bytes: Uint8Array;
}

/** What the read worker answers: the file read, or why it could not be. */
export type ReadReply =
  { ok: true; read: FileWorkbookRead } | { ok: false; message: string; reason: UnreadableReason | null };
