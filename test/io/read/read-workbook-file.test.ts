import * as XLSX from '@e965/xlsx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readWorkbookFile, UnreadableFileError } from '../../../io/read-workbook-file.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Latin-1 bytes of a string whose characters are all below U+0100. */
function latin1(text: string): Uint8Array {
  return Uint8Array.from(Array.from(text, (ch) => ch.charCodeAt(0)));
}

/** Mac Roman bytes for the few characters these tests use. */
const MAC: Record<string, number> = { ä: 0x8a, ö: 0x9a, ü: 0x9f, ß: 0xa7, é: 0x8e, Ä: 0x80, Ü: 0x86 };
function macRoman(text: string): Uint8Array {
  return Uint8Array.from(Array.from(text, (ch) => MAC[ch] ?? ch.charCodeAt(0)));
}

function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const out: number[] = bom ? (endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (endian === 'le') out.push(code & 0xff, code >> 8);
    else out.push(code >> 8, code & 0xff);
  }
  return Uint8Array.from(out);
}

const GERMAN =
  'Maßnahme;Verantwortlich;März;Kosten\r\nMesse Köln;Jürgen Müller;"1.200,50";Gebühren für Händler\r\n';

describe('readWorkbookFile: text exports', () => {
  it('reads UTF-8 with a BOM and keeps every cell as text', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Campaign,Jan-27\nSpring,"1,200"\n')]);
    const read = await readWorkbookFile('plan.csv', bytes);
    expect(read.sheetNames).toEqual(['plan']);
    expect(read.grids['plan']).toEqual([
      ['Campaign', 'Jan-27'],
      ['Spring', '1,200'],
    ]);
    expect(read.text).toEqual({ encoding: 'utf-8', bom: true, delimiter: ',' });
  });

  it('reads ISO-8859-1 German with ; delimiter and CRLF', async () => {
    const read = await readWorkbookFile('haushalt.csv', latin1(GERMAN));
    expect(read.text?.encoding).toBe('iso-8859-1');
    expect(read.text?.delimiter).toBe(';');
    expect(read.grids['haushalt'][1]).toEqual([
      'Messe Köln',
      'Jürgen Müller',
      '1.200,50',
      'Gebühren für Händler',
    ]);
  });

  it('tells Mac Roman from Windows-1252 by the letters it produces', async () => {
    const read = await readWorkbookFile('mac.csv', macRoman(GERMAN));
    expect(read.text?.encoding).toBe('macintosh');
    expect(read.grids['mac'][0]).toEqual(['Maßnahme', 'Verantwortlich', 'März', 'Kosten']);
  });

  it('reads UTF-16LE and UTF-16BE with and without a BOM, tab-delimited', async () => {
    const text = 'Kampagne\tJan\tFeb\nÄrzte-Mailing\t100\t200\n';
    for (const [endian, bom] of [
      ['le', true],
      ['be', true],
      ['le', false],
      ['be', false],
    ] as const) {
      const read = await readWorkbookFile('x.tsv', utf16(text, endian, bom));
      expect(read.text).toEqual({ encoding: `utf-16${endian}`, bom, delimiter: '\t' });
      expect(read.grids['x']).toEqual([
        ['Kampagne', 'Jan', 'Feb'],
        ['Ärzte-Mailing', '100', '200'],
      ]);
    }
  });

  it('ignores delimiters inside quotes and keeps embedded newlines', async () => {
    const text = 'Name;Note;Amount\n"A, B and C";"line one\nline two";"1,5"\n"D";"x";"2"\n';
    const read = await readWorkbookFile('q.csv', utf8(text));
    expect(read.text?.delimiter).toBe(';');
    expect(read.grids['q'][1]).toEqual(['A, B and C', 'line one\nline two', '1,5']);
  });

  it('is not swayed by title lines above the header', async () => {
    const text = 'Campaign report\nAll time\nCampaign,Budget,Cost\nA,"1,000",5\nB,2,3\n';
    const read = await readWorkbookFile('r.csv', utf8(text));
    expect(read.text?.delimiter).toBe(',');
    expect(read.grids['r'][0]).toEqual(['Campaign report', null, null]);
    expect(read.grids['r'][3]).toEqual(['A', '1,000', '5']);
  });

  it('does not mistake a file starting with "ID;" for another format', async () => {
    const read = await readWorkbookFile('ids.csv', utf8('ID;Name\n1;Alpha\n'));
    expect(read.grids['ids']).toEqual([
      ['ID', 'Name'],
      ['1', 'Alpha'],
    ]);
  });
});

describe('readWorkbookFile: spreadsheets', () => {
  function xlsxBytes(bookType: XLSX.BookType): Uint8Array {
    const ws = XLSX.utils.aoa_to_sheet([['Marketing Plan 2027'], [], ['Campaign', 'Start', 'Jan', 'Ratio']]);
    XLSX.utils.sheet_add_aoa(ws, [['Spring', 46388, 1200.5, 0]], { origin: 'A4' });
    ws['D4'] = { t: 'e', v: 0x07 };
    ws['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 3 } }];
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'Plan ');
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['x']]), 'Other');
    return new Uint8Array(XLSX.write(wb, { type: 'array', bookType }) as ArrayBuffer);
  }

  it('reads every sheet from A1 with numbers, serial dates, errors and merges', async () => {
    const read = await readWorkbookFile('plan.xlsx', xlsxBytes('xlsx'));
    expect(read.sheetNames).toEqual(['Plan ', 'Other']);
    expect(read.grids['Plan ']).toEqual([
      ['Marketing Plan 2027', null, null, null],
      [null, null, null, null],
      ['Campaign', 'Start', 'Jan', 'Ratio'],
      ['Spring', 46388, 1200.5, '#DIV/0!'],
    ]);
    expect(read.merges['Plan ']).toEqual([{ top: 0, left: 0, bottom: 0, right: 3 }]);
  });

  it('reads .ods and .xls the same way', async () => {
    for (const [name, type] of [
      ['p.ods', 'ods'],
      ['p.xls', 'biff8'],
    ] as const) {
      const read = await readWorkbookFile(name, xlsxBytes(type));
      expect(read.grids['Plan '][3].slice(0, 3)).toEqual(['Spring', 46388, 1200.5]);
    }
  });

  it('refuses an unknown file type with a message saying what to do', async () => {
    await expect(readWorkbookFile('plan.pdf', utf8('%PDF-1.4'))).rejects.toThrow(UnreadableFileError);
    await expect(readWorkbookFile('plan.pdf', utf8('%PDF-1.4'))).rejects.toThrow(/Save the plan/);
  });

  it('reports a zip cut short as cut short, not a crash', async () => {
    const broken = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    await expect(readWorkbookFile('broken.xlsx', broken)).rejects.toThrow(
      /^broken\.xlsx is cut short \(7 bytes; the zip directory at its end is missing\)/,
    );
  });

  it('reports a whole zip whose workbook part is garbage as a damaged spreadsheet', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('xl/workbook.xml', '<<< not xml');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    await expect(readWorkbookFile('garbage.xlsx', bytes)).rejects.toThrow(UnreadableFileError);
  });
});
