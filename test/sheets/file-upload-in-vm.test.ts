import * as XLSX from '@e965/xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_PLAN_SHEET, sampleWorkbook } from '../../core/sample/sample-workbook.js';
import { FakeAppsScript } from '../fakes/sheets/fake-apps-script.js';
import { builtServerCode, loadServer } from './support/server-sandbox.js';

let code = '';
beforeAll(async () => {
  code = await builtServerCode();
});

const base64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

function samplePlanXlsx(): Uint8Array {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    book,
    XLSX.utils.aoa_to_sheet(sampleWorkbook().grids[SAMPLE_PLAN_SHEET]),
    'Plan',
  );
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

/** A CSV as an old Excel on Windows saves it: Windows-1252, semicolons, German headers. */
function germanCsv(): Uint8Array {
  const text = [
    'ID;Maßnahme;Verantwortlich;Jan 2027;Feb 2027;Mär 2027',
    'M-01;Frühjahrsaktion Köln;Jürgen Weiß;1200;1500;900',
    'M-02;Händlerschulung;Anna Groß;800;800;800',
  ].join('\r\n');
  return Uint8Array.from(
    text,
    (ch) => ({ ß: 0xdf, ä: 0xe4, ö: 0xf6, ü: 0xfc, Ä: 0xc4 })[ch] ?? ch.charCodeAt(0),
  );
}

describe('uploading a plan file to the Code.js server (no TextDecoder in Apps Script)', () => {
  it('reads an .xlsx upload and converts it', () => {
    const gas = new FakeAppsScript({ user: 'paula.weber@example.com' });
    const server = loadServer(code, gas);
    expect((server.context as { TextDecoder?: unknown }).TextDecoder).toBeUndefined();
    const source = {
      kind: 'file' as const,
      fileName: 'Marketing plan.xlsx',
      content: base64(samplePlanXlsx()),
    };
    const table = server.inspectSource(source).tables.find((t) => t.verdict === 'plan');
    expect(table).toBeDefined();
    const report = server.convert(source, table!.mapping);
    expect(report.counts.added).toBeGreaterThan(10);
    expect(gas.spreadsheet.getSheets().map((s) => s.getName())).toContain('PG Register');
  });

  it('decodes a Windows-1252 CSV through Utilities blobs, umlauts intact', () => {
    const gas = new FakeAppsScript({ user: 'paula.weber@example.com' });
    const server = loadServer(code, gas);
    const source = { kind: 'file' as const, fileName: 'plan.csv', content: base64(germanCsv()) };
    const table = server.inspectSource(source).tables.find((t) => t.verdict === 'plan');
    expect(table, JSON.stringify(server.inspectSource(source))).toBeDefined();
    server.convert(source, table!.mapping);
    const names = server.refresh().rows.map((r) => [r.name, r.owner, r.planTotal]);
    expect(names).toEqual([
      ['Frühjahrsaktion Köln', 'Jürgen Weiß', 3600],
      ['Händlerschulung', 'Anna Groß', 2400],
    ]);
    expect(gas.log.count('Utilities.newBlob')).toBeGreaterThan(0);
  });
});
