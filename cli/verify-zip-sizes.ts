import { inflateRawSync } from 'node:zlib';
import { isZip } from '../io/container/check-container.js';
import { readZipDirectory } from '../io/container/zip-directory.js';
import { UnreadableFileError } from '../io/read-workbook-file.js';

const DEFLATE = 8;

/**
 * Every deflated part of a zip unpacked once, never past the size the directory declares for it:
 * a bomb that lies about its sizes passes the directory check but not this one. Runs in the read
 * worker, before the parsers and before exceljs (on the main thread) ever inflate the file.
 */
export function verifyZipSizes(fileName: string, bytes: Uint8Array): void {
  if (!isZip(bytes)) return;
  const directory = readZipDirectory(bytes);
  if (!directory.ok) return; // the reader refuses it with the reason
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const entry of directory.entries) {
    if (entry.encrypted || view.getUint16(entry.offset + 8, true) !== DEFLATE) continue;
    const start =
      entry.offset + 30 + view.getUint16(entry.offset + 26, true) + view.getUint16(entry.offset + 28, true);
    try {
      inflateRawSync(bytes.subarray(start, start + entry.compressedSize), {
        maxOutputLength: Math.max(1, entry.uncompressedSize),
      });
    } catch (error) {
      if ((error as { code?: string }).code !== 'ERR_BUFFER_TOO_LARGE') continue; // damage: the reader says so
      throw new UnreadableFileError(
        `${fileName} was refused as a zip bomb: its part ${entry.name} unpacks to more than the ${entry.uncompressedSize} bytes its zip directory declares. If you trust the file, open it in Excel and save it again.`,
        'bomb',
      );
    }
  }
}
