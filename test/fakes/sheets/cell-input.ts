import { dateToSerial } from './time-zone.js';

/** What one cell holds: a value after Sheets has interpreted the input, and its number format. */
export interface FakeCell {
  value: string | number | boolean | null;
  /** '' is Sheets' automatic format; '@' is plain text. */
  format: string;
  formula?: string;
  background?: string;
  bold?: boolean;
  validation?: unknown;
}

export function isDateFormat(format: string): boolean {
  if (format === '' || format === '@' || format.includes('#') || format.includes('0')) return false;
  return /[yd]|hh|ss/i.test(format);
}

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;
const PERCENT = /^[-+]?(\d+\.?\d*|\.\d+)%$/;
const ISO_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const YEAR_MONTH = /^(\d{4})-(\d{1,2})$/;

function daySerial(year: number, month: number, day: number): number {
  return (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/**
 * How Sheets stores a value written by `setValues`. Unless the cell is formatted as plain text
 * (`@`), strings are parsed the way a user's typing would be: `2027-01` becomes the date
 * 2027-01-01, `12%` becomes 0.12, `TRUE` a boolean, `=…` a formula. That is exactly what
 * PlanGate must prevent for period headers and IDs, so the fake reproduces it.
 */
export function interpretInput(input: unknown, cell: FakeCell, timeZone: string): void {
  delete cell.formula;
  if (input === null || input === undefined || input === '') {
    cell.value = null;
    return;
  }
  if (input instanceof Date) {
    cell.value = dateToSerial(input, timeZone);
    if (!isDateFormat(cell.format)) cell.format = 'yyyy-mm-dd';
    return;
  }
  if (typeof input === 'number' || typeof input === 'boolean') {
    cell.value = input;
    return;
  }
  const text = typeof input === 'string' ? input : JSON.stringify(input);
  if (cell.format === '@') {
    cell.value = text;
    return;
  }
  const trimmed = text.trim();
  if (trimmed.startsWith('=')) {
    cell.formula = trimmed;
    cell.value = '#NAME?';
    return;
  }
  if (NUMBER.test(trimmed)) {
    cell.value = Number(trimmed);
    return;
  }
  if (PERCENT.test(trimmed)) {
    cell.value = Number(trimmed.slice(0, -1)) / 100;
    if (cell.format === '') cell.format = '0%';
    return;
  }
  if (/^(true|false)$/i.test(trimmed)) {
    cell.value = trimmed.toLowerCase() === 'true';
    return;
  }
  const day = ISO_DAY.exec(trimmed);
  const month = YEAR_MONTH.exec(trimmed);
  if (day || month) {
    const m = (day ?? month) as RegExpExecArray;
    cell.value = daySerial(Number(m[1]), Number(m[2]), day ? Number(m[3]) : 1);
    if (!isDateFormat(cell.format)) cell.format = 'yyyy-mm-dd';
    return;
  }
  cell.value = text;
}
