import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { UnreadableFileError } from '../io/read-workbook-file.js';
import { FileWorkbook } from '../io/file-workbook.js';
import { writeFileAtomically } from './atomic-write.js';
import { readBounded } from './bounded-read.js';
import { CliError, EXIT } from './exit-codes.js';

/** The bytes of an input file, or exit 3 with a message naming the file. */
export function readInput(path: string): Uint8Array {
  if (!existsSync(path))
    throw new CliError(EXIT.unreadable, `${path}: no such file. Check the path and try again.`);
  if (statSync(path).isDirectory())
    throw new CliError(EXIT.unreadable, `${path} is a folder: give the path of a spreadsheet file.`);
  try {
    return new Uint8Array(readFileSync(path));
  } catch (error) {
    throw new CliError(
      EXIT.unreadable,
      `${path} could not be read (${(error as Error).message}). Check its permissions.`,
    );
  }
}

/** An `UnreadableFileError` as exit 3, its message naming the file as the user typed it. */
export function unreadable(path: string, error: unknown): CliError {
  if (error instanceof UnreadableFileError)
    return new CliError(
      EXIT.unreadable,
      error.message.startsWith(basename(path)) ? error.message : `${path}: ${error.message}`,
    );
  return new CliError(
    EXIT.unreadable,
    `${path} could not be read as a spreadsheet (${(error as Error).message}). Open it in Excel or LibreOffice and save it as .xlsx, then try again.`,
  );
}

/**
 * A spreadsheet opened as a workbook port, read in a worker with a time and memory bound;
 * unreadable files (cut short, password-protected, bombs…) exit 3 with the reason.
 */
export async function openWorkbook(path: string): Promise<{ file: FileWorkbook; bytes: Uint8Array }> {
  const bytes = readInput(path);
  try {
    return { file: await FileWorkbook.open(basename(path), bytes, readBounded), bytes };
  } catch (error) {
    throw unreadable(path, error);
  }
}

/**
 * Write a register atomically: a temporary file in the target's folder, flushed to disk, then
 * renamed over the target. A reader (or a crash) sees the old file or the new one, never half.
 */
export function writeOutput(path: string, bytes: Uint8Array): void {
  if (!/\.xlsx$/i.test(path))
    throw new CliError(
      EXIT.usage,
      `${path}: registers are written as .xlsx files. Give an output name ending in .xlsx.`,
    );
  const existed = existsSync(path);
  try {
    writeFileAtomically(path, bytes);
  } catch (error) {
    throw new CliError(
      EXIT.unreadable,
      `${path} could not be written (${(error as Error).message}). ${existed ? `The old ${path} is unchanged.` : 'Nothing was written.'} Check the disk has room, the folder is writable and the file is not open in Excel.`,
    );
  }
}

export function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}
