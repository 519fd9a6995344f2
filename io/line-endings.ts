/**
 * Line endings of a text export, counted per kind. Exports glued together from several tools
 * mix them (LF rows followed by lone-CR rows from an old Mac export); a CSV parser that guesses
 * one kind per file then glues the other rows into their neighbours' last cell.
 */
export type LineEndingKind = 'lf' | 'crlf' | 'cr' | 'mixed' | 'none';

export interface LineEndings {
  kind: LineEndingKind;
  lf: number;
  crlf: number;
  cr: number;
}

export function detectLineEndings(text: string): LineEndings {
  let lf = 0;
  let crlf = 0;
  let cr = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) lf++;
    else if (ch === 13) {
      if (text.charCodeAt(i + 1) === 10) {
        crlf++;
        i++;
      } else cr++;
    }
  }
  const kinds = [lf > 0, crlf > 0, cr > 0].filter(Boolean).length;
  const kind: LineEndingKind =
    kinds === 0 ? 'none' : kinds > 1 ? 'mixed' : lf > 0 ? 'lf' : crlf > 0 ? 'crlf' : 'cr';
  return { kind, lf, crlf, cr };
}

/** The text with every CRLF and lone CR as LF, so each kind of ending breaks a row. */
export function normalizeLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** "12 LF, 6 CR": the kinds present, for a note to the user. */
export function describeLineEndings(e: LineEndings): string {
  return [e.lf > 0 ? `${e.lf} LF` : '', e.crlf > 0 ? `${e.crlf} CRLF` : '', e.cr > 0 ? `${e.cr} CR` : '']
    .filter(Boolean)
    .join(', ');
}
