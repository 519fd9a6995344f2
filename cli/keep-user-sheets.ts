import { basename, dirname, extname, join, resolve } from 'node:path';
import { CliError, EXIT } from './exit-codes.js';

/** A new file beside `path` for the register, so the user's workbook stays as it is. */
export function newOutputBeside(path: string): string {
  const name = `${basename(path, extname(path))} (PlanGate).xlsx`;
  return dirname(path) === '.' ? name : join(dirname(path), name);
}

/**
 * The user's workbook is never degraded: when writing `output` would lose anything of the user's
 * sheets in `readFrom` (the file the register was read from) and `output` IS that file, nothing
 * is written and the user is told exactly what would be lost and where to write instead. Into
 * another file the register is written, with a note of what the copy lacks.
 */
export function keepUserSheets(lost: string[], readFrom: string, output: string, notes: string[]): void {
  if (lost.length === 0) return;
  if (resolve(readFrom) === resolve(output)) {
    throw new CliError(
      EXIT.findings,
      `${output} was not written: PlanGate cannot carry your sheets over whole, and writing into ${output} would lose ${lost.join('; ')}. Nothing was changed. Write the register to a new file instead, for example -o "${newOutputBeside(output)}": it holds the PG sheets and copies of your sheets, and ${output} keeps everything.`,
    );
  }
  notes.push(
    `${output} does not carry everything of ${readFrom}: ${lost.join('; ')}. ${readFrom} is unchanged.`,
  );
}
