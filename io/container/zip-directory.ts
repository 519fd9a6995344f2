/**
 * The central directory of a zip file (xlsx, xlsm, ods), read from the bytes without inflating
 * anything: which parts the file holds, how big each says it is packed and unpacked, and whether
 * any part is encrypted. Browser-safe.
 */

/** One part of a zip file as its central directory describes it. */
export interface ZipEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  /** General-purpose flag bit 0: the part is encrypted (a password-protected zip). */
  encrypted: boolean;
  /** Where the part's local header starts. */
  offset: number;
}

export type ZipDirectory =
  | { ok: true; entries: ZipEntry[] }
  | { ok: false; problem: 'no-directory' | 'directory-cut' | 'entry-cut'; detail: string };

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** The end record is 22 bytes plus a comment of at most 65 535 bytes. */
const EOCD_SEARCH = 22 + 0xffff;

function findEndRecord(view: DataView): number {
  const last = view.byteLength - 22;
  const first = Math.max(0, view.byteLength - EOCD_SEARCH);
  for (let i = last; i >= first; i--) {
    if (view.getUint32(i, true) === EOCD) return i;
  }
  return -1;
}

/** Count, size and offset of the central directory, from the end record or its zip64 form. */
function directoryBounds(
  view: DataView,
  end: number,
): { count: number; size: number; offset: number } | null {
  let count = view.getUint16(end + 10, true);
  let size = view.getUint32(end + 12, true);
  let offset = view.getUint32(end + 16, true);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const locator = end - 20;
    if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) return null;
    const record = Number(view.getBigUint64(locator + 8, true));
    if (record + 56 > view.byteLength || view.getUint32(record, true) !== ZIP64_EOCD) return null;
    count = Number(view.getBigUint64(record + 32, true));
    size = Number(view.getBigUint64(record + 40, true));
    offset = Number(view.getBigUint64(record + 48, true));
  }
  return { count, size, offset };
}

/** Sizes and offset from a central entry's zip64 extra field, where the 32-bit fields are full. */
function zip64Sizes(view: DataView, extra: number, extraLength: number, entry: ZipEntry): void {
  let at = extra;
  while (at + 4 <= extra + extraLength) {
    const id = view.getUint16(at, true);
    const length = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      let field = at + 4;
      const read = (): number => {
        const value = field + 8 <= at + 4 + length ? Number(view.getBigUint64(field, true)) : NaN;
        field += 8;
        return value;
      };
      if (entry.uncompressedSize === 0xffffffff) entry.uncompressedSize = read();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = read();
      if (entry.offset === 0xffffffff) entry.offset = read();
      return;
    }
    at += 4 + length;
  }
}

/** Read the directory; a file whose end, directory or parts are cut off says which. */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.byteLength >= 22 ? findEndRecord(view) : -1;
  if (end < 0)
    return { ok: false, problem: 'no-directory', detail: 'the zip directory at its end is missing' };
  const bounds = directoryBounds(view, end);
  if (!bounds || bounds.offset + bounds.size > end) {
    return { ok: false, problem: 'directory-cut', detail: 'its zip directory points past the data it holds' };
  }
  const decoder = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let at = bounds.offset;
  for (let i = 0; i < bounds.count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL) {
      return {
        ok: false,
        problem: 'directory-cut',
        detail: `its zip directory breaks off at entry ${i + 1} of ${bounds.count}`,
      };
    }
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const entry: ZipEntry = {
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      encrypted: (view.getUint16(at + 8, true) & 1) === 1,
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      offset: view.getUint32(at + 42, true),
    };
    zip64Sizes(view, at + 46 + nameLength, extraLength, entry);
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  for (const entry of entries) {
    const header = entry.offset;
    const fits =
      Number.isFinite(entry.offset) &&
      header + 30 <= bounds.offset &&
      view.getUint32(header, true) === LOCAL &&
      header +
        30 +
        view.getUint16(header + 26, true) +
        view.getUint16(header + 28, true) +
        entry.compressedSize <=
        bounds.offset;
    if (!fits)
      return {
        ok: false,
        problem: 'entry-cut',
        detail: `its part ${entry.name} is cut off or overlaps another`,
      };
  }
  return { ok: true, entries };
}
