/**
 * A look at a spreadsheet's container before any parser sees it: a zip (xlsx, xlsm, ods) must
 * have its whole directory and every part it lists, no encrypted part, and sizes that are not
 * a bomb; an OLE file (xls, or an xlsx saved with a password) must not hold an
 * `EncryptedPackage`. Refusals are `UnreadableFileError`s that say why and what to do.
 * Browser-safe: reads the bytes only.
 */
import * as XLSX from '@e965/xlsx';
import { UnreadableFileError } from '../unreadable-file-error.js';
import { CONTAINER_LIMITS } from './limits.js';
import { readZipDirectory, type ZipEntry } from './zip-directory.js';

/** The OLE (CFB) reader SheetJS ships with, typed for the one call made here. */
const OLE = XLSX.CFB as {
  read(data: Uint8Array, options: { type: 'array' }): { FileIndex: { name: string }[] };
};

export type Container =
  { kind: 'zip'; entries: ZipEntry[] } | { kind: 'ole'; streams: string[] } | { kind: 'other' };

const mb = (bytes: number): string => `${Math.round(bytes / (1024 * 1024))} MB`;

export const isZip = (b: Uint8Array): boolean => b[0] === 0x50 && b[1] === 0x4b;
export const isOle = (b: Uint8Array): boolean =>
  b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0 && b[4] === 0xa1 && b[5] === 0xb1;

export function passwordProtected(fileName: string): UnreadableFileError {
  return new UnreadableFileError(
    `${fileName} is password-protected: PlanGate cannot read encrypted workbooks. Open it in Excel, save a copy without a password (File › Info › Protect Workbook › Encrypt with Password, then clear the password) and use that copy.`,
    'encrypted',
  );
}

function truncated(fileName: string, size: number, detail: string): UnreadableFileError {
  return new UnreadableFileError(
    `${fileName} is cut short (${size} bytes; ${detail}): it was not copied, downloaded or saved completely. Copy it again from where it came from, or open the original in Excel and save it again.`,
    'truncated',
  );
}

/** Refuse bombs and oversized files by what their directory declares. */
function checkSizes(fileName: string, entries: ZipEntry[]): void {
  let total = 0;
  for (const e of entries) {
    total += e.uncompressedSize;
    const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
    if (e.uncompressedSize > CONTAINER_LIMITS.bombMinBytes && ratio > CONTAINER_LIMITS.bombRatio) {
      throw new UnreadableFileError(
        `${fileName} was refused as a zip bomb: its part ${e.name} would unpack from ${e.compressedSize} bytes to ${mb(e.uncompressedSize)} (${Math.round(ratio)} times its packed size; spreadsheets stay under ${CONTAINER_LIMITS.bombRatio}). If you trust the file, open it in Excel and save it again.`,
        'bomb',
      );
    }
  }
  if (total > CONTAINER_LIMITS.totalUnpackedBytes) {
    throw new UnreadableFileError(
      `${fileName} was refused: it would unpack to ${mb(total)}, more than the ${mb(CONTAINER_LIMITS.totalUnpackedBytes)} PlanGate reads. Split the workbook, or save only the plan's sheet in a file of its own.`,
      'too-large',
    );
  }
}

function checkZip(fileName: string, bytes: Uint8Array): Container {
  const directory = readZipDirectory(bytes);
  if (!directory.ok) throw truncated(fileName, bytes.byteLength, directory.detail);
  const { entries } = directory;
  if (entries.some((e) => e.encrypted)) throw passwordProtected(fileName);
  checkSizes(fileName, entries);
  const names = new Set(entries.map((e) => e.name));
  const workbook = names.has('xl/workbook.xml') || names.has('xl/workbook.bin') || names.has('content.xml');
  if (!workbook) {
    throw new UnreadableFileError(
      `${fileName} is a zip file but holds no workbook (no xl/workbook.xml or content.xml): it is another kind of file renamed, or damaged. Open it in Excel or LibreOffice and save it as .xlsx.`,
      'format',
    );
  }
  return { kind: 'zip', entries };
}

function checkOle(fileName: string, bytes: Uint8Array): Container {
  let streams: string[];
  try {
    streams = OLE.read(bytes, { type: 'array' }).FileIndex.map((e) => e.name);
  } catch (error) {
    throw truncated(fileName, bytes.byteLength, `its OLE container is damaged: ${(error as Error).message}`);
  }
  if (streams.includes('EncryptedPackage') || streams.includes('EncryptionInfo'))
    throw passwordProtected(fileName);
  return { kind: 'ole', streams };
}

/** Check the container of a spreadsheet file; throws `UnreadableFileError` with the reason. */
export function checkContainer(fileName: string, bytes: Uint8Array): Container {
  if (isZip(bytes)) return checkZip(fileName, bytes);
  if (isOle(bytes)) return checkOle(fileName, bytes);
  return { kind: 'other' };
}
