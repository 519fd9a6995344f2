import type { WorkbookRead } from './workbook-port.js';

/** The host's reader of uploaded files (.xlsx, .xlsm, .ods, .csv …): the sheets of a file, as the port reads a workbook's. */
export type ReadSourceFile = (fileName: string, bytes: Uint8Array) => Promise<WorkbookRead>;
