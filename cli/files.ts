import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { UnreadableFileError } from '../io/read-workbook-file.js';
import { FileWorkbook } from '../io/file-workbook.js';
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

/** A spreadsheet opened as a workbook port; unreadable files exit 3 with the reader's message. */
export async function openWorkbook(path: string): Promise<{ file: FileWorkbook; bytes: Uint8Array }> {
  const bytes = readInput(path);
  // .xlsx, .xlsm and .ods are zip files; anything else under that name is damaged or renamed.
  if (/\.(xlsx|xlsm|ods)$/i.test(path) && !(bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    throw new CliError(
      EXIT.unreadable,
      `${path} is not a valid ${path.split('.').pop()} file (it may be damaged, or another kind of file renamed). Open it in Excel or LibreOffice and save it again.`,
    );
  }
  try {
    return { file: await FileWorkbook.open(basename(path), bytes), bytes };
  } catch (error) {
    if (error instanceof UnreadableFileError)
      throw new CliError(
        EXIT.unreadable,
        error.message.startsWith(basename(path)) ? error.message : `${path}: ${error.message}`,
      );
    throw new CliError(
      EXIT.unreadable,
      `${path} could not be read as a spreadsheet (${(error as Error).message}). Open it in Excel or LibreOffice and save it as .xlsx, then try again.`,
    );
  }
}

export function writeOutput(path: string, bytes: Uint8Array): void {
  if (!/\.xlsx$/i.test(path))
    throw new CliError(
      EXIT.usage,
      `${path}: registers are written as .xlsx files. Give an output name ending in .xlsx.`,
    );
  try {
    writeFileSync(path, bytes);
  } catch (error) {
    throw new CliError(
      EXIT.unreadable,
      `${path} could not be written (${(error as Error).message}). Check the folder exists and is writable, and that the file is not open in Excel.`,
    );
  }
}

export function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}
