import type { CellValue } from '../../core/index.js';

/**
 * Values as Office.js takes them. `null` in a values array means "leave the cell alone",
 * so a blank becomes "" (which clears it). Non-finite numbers cannot be written: blank too.
 */
export function toExcelValue(value: CellValue): string | number | boolean {
  if (value === null) return '';
  if (typeof value === 'number' && !Number.isFinite(value)) return '';
  return value;
}

/** UTF-8 length of a string without encoding it. */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) bytes += code >= 0x800 && (code < 0xd800 || code > 0xdfff) ? 2 : 1;
  }
  return bytes;
}

/** Bytes a value adds to a request as JSON, separator included. */
export function valueBytes(value: string | number | boolean): number {
  if (typeof value === 'string') return utf8Length(JSON.stringify(value)) + 1;
  return String(value).length + 1;
}
