import type { FileWorkbookRead } from '../io/read-workbook-file.js';
import type { CliContext } from './cli-context.js';

/** How a file was read (mixed line endings, rows spanning lines), on stderr so --json stays clean. */
export function printReadNotes(read: FileWorkbookRead, ctx: CliContext): void {
  for (const note of read.notes ?? []) ctx.err(`! ${note}`);
}
