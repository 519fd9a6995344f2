import { closeSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The permissions of the file being replaced, so the new one keeps them. */
function modeOf(path: string): number {
  try {
    return statSync(path).mode & 0o777;
  } catch {
    return 0o666;
  }
}

/** Flush a folder's entries (the rename) to disk, where the system allows opening a folder. */
function syncFolder(folder: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    // Not every system can sync a folder; the rename itself is atomic all the same.
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/**
 * Replace `path` with `bytes` so that a reader, a crash or a kill sees the old file or the new
 * one, never a part: the bytes go to a hidden temporary file in the same folder, every byte is
 * written (a short write is continued, not trusted), flushed to disk and checked for its size,
 * and only then renamed over the target. On any failure the temporary file is removed and the
 * target is untouched.
 */
export function writeFileAtomically(path: string, bytes: Uint8Array): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  const fd = openSync(temp, 'wx', modeOf(path));
  let renamed = false;
  try {
    let written = 0;
    while (written < bytes.byteLength) {
      const n = writeSync(fd, bytes, written, bytes.byteLength - written, written);
      if (n <= 0) throw new Error(`only ${written} of ${bytes.byteLength} bytes could be written`);
      written += n;
    }
    fsyncSync(fd);
    closeSync(fd);
    const size = statSync(temp).size;
    if (size !== bytes.byteLength)
      throw new Error(`the written file has ${size} of ${bytes.byteLength} bytes`);
    renameSync(temp, path);
    renamed = true;
    syncFolder(dirname(path));
  } finally {
    if (!renamed) {
      try {
        closeSync(fd);
      } catch {
        // already closed
      }
      try {
        unlinkSync(temp);
      } catch {
        // never created or already gone
      }
    }
  }
}
