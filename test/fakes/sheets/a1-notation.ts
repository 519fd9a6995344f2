/** A1 notation → 1-based rectangle, as `Sheet.getRange(a1)` reads it. */
export interface A1Rect {
  sheet: string | null;
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

const CELL = /^([A-Z]*)(\d*)$/;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Parses `B2`, `A1:C3`, `A:C`, `2:4` and `'My sheet'!A1:B2`; whole rows and columns span the sheet. */
export function parseA1(text: string, maxRows: number, maxColumns: number): A1Rect {
  let sheet: string | null = null;
  let ref = text.trim();
  const bang = ref.lastIndexOf('!');
  if (bang >= 0) {
    sheet = ref
      .slice(0, bang)
      .replace(/^'(.*)'$/, '$1')
      .replace(/''/g, "'");
    ref = ref.slice(bang + 1);
  }
  const [startText, endText = startText] = ref.toUpperCase().replace(/\$/g, '').split(':');
  const start = CELL.exec(startText ?? '');
  const end = CELL.exec(endText);
  if (!start || !end || (start[1] === '' && start[2] === '')) throw new Error(`Range not found`);
  const c1 = start[1] ? columnNumber(start[1]) : 1;
  const c2 = end[1] ? columnNumber(end[1]) : maxColumns;
  const r1 = start[2] ? Number(start[2]) : 1;
  const r2 = end[2] ? Number(end[2]) : maxRows;
  return {
    sheet,
    row: Math.min(r1, r2),
    column: Math.min(c1, c2),
    numRows: Math.abs(r2 - r1) + 1,
    numColumns: Math.abs(c2 - c1) + 1,
  };
}

export function columnLetters(column1: number): string {
  let n = column1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function a1Of(row: number, column: number, numRows: number, numColumns: number): string {
  const first = `${columnLetters(column)}${row}`;
  if (numRows === 1 && numColumns === 1) return first;
  return `${first}:${columnLetters(column + numColumns - 1)}${row + numRows - 1}`;
}
