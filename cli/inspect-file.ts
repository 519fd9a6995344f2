import { basename } from 'node:path';
import { MemoryWorkbook, type InspectionDto } from '../core/index.js';
import type { FileWorkbook } from '../io/file-workbook.js';
import type { CliContext } from './cli-context.js';
import { toBase64 } from './files.js';
import { call, openService } from './open-service.js';

/**
 * What the service finds in a plan file the command line has opened: the same `inspectSource`
 * the Convert pane calls for an uploaded file. The service works over an empty workbook that
 * holds only the settings the inspection reads (the fiscal year start); the file is handed to it
 * as already read, so it is parsed once.
 */
export async function inspectFile(
  opened: { file: FileWorkbook; bytes: Uint8Array },
  path: string,
  options: { sheet?: string; fiscalYearStart?: number },
  ctx: CliContext,
): Promise<InspectionDto> {
  const service = openService(new MemoryWorkbook(), ctx, {}, () => Promise.resolve(opened.file.source));
  if (options.fiscalYearStart !== undefined)
    await call(service.saveSettings({ fiscalYearStart: options.fiscalYearStart }), path);
  return call(
    service.inspectSource({
      kind: 'file',
      fileName: basename(path),
      content: toBase64(opened.bytes),
      ...(options.sheet !== undefined ? { sheet: options.sheet } : {}),
    }),
    path,
  );
}
