import JSZip from 'jszip';
import { zipBytes, type ZipPart } from './zip-bytes.js';

/**
 * A real workbook whose first sheet is swapped for `mb` megabytes of one-cell rows, its sizes told
 * truly and packed like any sheet: it passes every container check, and only the reader's memory
 * bound stops it (parsed cells take many times the XML's bytes).
 */
export async function denseSheet(workbook: Uint8Array, mb: number): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(workbook);
  const row = (r: number): string => `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>x</t></is></c></row>`;
  const rows: string[] = [];
  let size = 0;
  for (let r = 1; size < mb * 1024 * 1024; r++) {
    const xml = row(r);
    rows.push(xml);
    size += xml.length;
  }
  const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`;
  const parts: ZipPart[] = [];
  for (const [name, file] of Object.entries(zip.files)) {
    if (file.dir) continue;
    parts.push(
      name === 'xl/worksheets/sheet1.xml'
        ? { name, content: new TextEncoder().encode(sheet) }
        : { name, content: await file.async('uint8array') },
    );
  }
  return zipBytes(parts);
}
