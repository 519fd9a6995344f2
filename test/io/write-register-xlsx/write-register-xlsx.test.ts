import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { decodeRegister } from '../../../core/codec/index.js';
import { SHEETS } from '../../../core/model/sheets.js';
import { FileWorkbook } from '../../../io/file-workbook.js';
import { readWorkbookFile } from '../../../io/read-workbook-file.js';
import { convertedWorkbook, registerWritePlan, sampleRegister } from './register-fixture-workbook.js';

function whichSoffice(): string | null {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (existsSync(join(dir, 'soffice'))) return join(dir, 'soffice');
  }
  return null;
}

describe('writing a register .xlsx', () => {
  it('re-reads every PG sheet cell for cell as it was written, and keeps the source sheet as text', async () => {
    const { plan, bytes } = await convertedWorkbook();
    const reread = await readWorkbookFile('register.xlsx', bytes);
    expect(reread.sheetNames).toEqual(['plan', ...plan.sheets.map((s) => s.sheet)]);
    for (const write of plan.sheets) {
      expect(usedRange(reread.grids[write.sheet] ?? []), write.sheet).toEqual(usedRange(write.rows));
    }
    expect(reread.grids.plan).toEqual([
      ['Campaign', 'Owner', 'Jan 27', 'Feb 27'],
      ['Webinars', 'Ann', '1.200,50', '800'],
    ]);
  });

  it('decodes back to the same register', async () => {
    const { bytes } = await convertedWorkbook();
    const decoded = decodeRegister(await readWorkbookFile('register.xlsx', bytes), { today: '2027-03-31' });
    const original = sampleRegister();
    expect(decoded.problems).toEqual([]);
    expect(decoded.register.periods).toEqual(original.periods);
    expect(
      decoded.register.initiatives.map((i) => [i.id, i.name, i.keys, [...i.plan], [...i.actual]]),
    ).toEqual(original.initiatives.map((i) => [i.id, i.name, i.keys, [...i.plan], [...i.actual]]));
  });

  it('applies the layouts: frozen bold headers, currency formats, lists, lights, table, protection', async () => {
    const { bytes, notes } = await convertedWorkbook();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer as ArrayBuffer);
    const register = wb.getWorksheet(SHEETS.register)!;
    expect(register.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(register.getCell('A1').font?.bold).toBe(true);
    const header = (register.getRow(1).values as unknown[]).slice(1).map(String);
    const column = (name: string) => header.indexOf(name) + 1;
    expect(register.getCell(2, column('Target')).numFmt).toBe('[$EUR] #,##0.00');
    expect(register.getCell(2, column('State')).dataValidation).toMatchObject({ type: 'list' });
    const rules = (register as unknown as { conditionalFormattings: { rules: { formulae: string[] }[] }[] })
      .conditionalFormattings;
    expect(rules.flatMap((r) => r.rules.map((x) => x.formulae[0]))).toEqual(
      expect.arrayContaining(['"green"', '"red"']),
    );
    expect(Object.keys((register as unknown as { tables: object }).tables)).toEqual(['PGRegister']);
    expect(
      (wb.getWorksheet(SHEETS.audit) as unknown as { sheetProtection: object }).sheetProtection,
    ).toMatchObject({
      sheet: true,
    });
    expect(notes.join(' ')).toContain('PG Portfolio: charts');
  });

  it('appends audit rows to a register file without touching the other sheets', async () => {
    const { bytes } = await convertedWorkbook();
    const file = await FileWorkbook.open('register.xlsx', bytes);
    const before = await file.read([SHEETS.audit]);
    const auditRows = before.grids[SHEETS.audit].length;
    const row = [
      '2027-04-01T00:00:00.000Z',
      'Dana',
      'declared',
      'import',
      '',
      '',
      '',
      '{}',
      '0'.repeat(64),
      '1'.repeat(64),
    ];
    await file.write({
      sheets: [{ sheet: SHEETS.audit, mode: 'append', rows: [row], expectedRows: auditRows }],
    });
    await expect(
      file.write({ sheets: [{ sheet: SHEETS.audit, mode: 'append', rows: [row], expectedRows: auditRows }] }),
    ).rejects.toThrow('was changed by someone else');
    await expect(file.write({ sheets: [{ sheet: 'plan', mode: 'replace', rows: [['x']] }] })).rejects.toThrow(
      '"plan" belongs to you and was left unchanged',
    );
    const out = await readWorkbookFile('out.xlsx', (await file.toXlsx('EUR')).bytes);
    expect(out.grids[SHEETS.audit].length).toBe(auditRows + 1);
    expect(out.grids[SHEETS.audit][auditRows]).toEqual(row);
    const original = await readWorkbookFile('register.xlsx', bytes);
    for (const name of original.sheetNames.filter((n) => n !== SHEETS.audit)) {
      expect(out.grids[name], name).toEqual(original.grids[name]);
    }
  });

  it('converting from an ODS source keeps a copy of each source sheet next to the PG sheets', async () => {
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      book,
      XLSX.utils.aoa_to_sheet([
        ['Campaign', 'Jan 2027'],
        ['Webinars', 1200.5],
      ]),
      'Plan',
    );
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['Notes'], ['keep me']]), 'Notes');
    const ods = XLSX.write(book, { type: 'array', bookType: 'ods' }) as ArrayBuffer;
    const file = await FileWorkbook.open('plan.ods', new Uint8Array(ods));
    await file.write(registerWritePlan(sampleRegister()));
    const out = await readWorkbookFile('register.xlsx', (await file.toXlsx('EUR')).bytes);
    expect(out.sheetNames.slice(0, 2)).toEqual(['Plan', 'Notes']);
    expect(out.grids.Plan).toEqual([
      ['Campaign', 'Jan 2027'],
      ['Webinars', 1200.5],
    ]);
    expect(out.grids.Notes).toEqual([['Notes'], ['keep me']]);
    expect(out.sheetNames).toContain(SHEETS.register);
  });

  it.skipIf(whichSoffice() === null)(
    'opens cleanly in LibreOffice, amounts shown with the currency code',
    async () => {
      const { bytes } = await convertedWorkbook();
      const dir = mkdtempSync(join(tmpdir(), 'plangate-lo-'));
      writeFileSync(join(dir, 'register.xlsx'), bytes);
      execFileSync(
        whichSoffice()!,
        [
          '--headless',
          `-env:UserInstallation=file://${dir}/profile`,
          '--convert-to',
          // The 9th option exports cells as shown, number formats applied.
          'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1',
          '--outdir',
          dir,
          join(dir, 'register.xlsx'),
        ],
        { stdio: 'pipe', timeout: 120_000 },
      );
      const register = readFileSync(join(dir, 'register-PG Register.csv'), 'utf8');
      expect(register.split('\n')[0]).toMatch(/^ID,Initiative,Program/);
      expect(register).toContain('CAMP-01,Webinar series,Demand Gen');
      // Target, start and due, and the realization of the computed columns.
      expect(register).toContain('"EUR 10,000.00",0 Defined,active,green,2027-01-01,2027-06-30,');
      expect(register).toContain(',40.0%,');
      const plan = readFileSync(join(dir, 'register-PG Plan.csv'), 'utf8');
      expect(plan.split('\n')[1]).toBe('CAMP-01,"EUR 1,000.00","EUR 2,000.00","EUR 3,000.00","EUR 4,000.00"');
    },
  );
});

/** The used range as hosts report it: rectangular, without trailing blank rows and columns. */
function usedRange(rows: (string | number | boolean | null)[][]): (string | number | boolean | null)[][] {
  const blank = (v: unknown) => v === null || v === undefined || v === '';
  let height = rows.length;
  while (height > 0 && rows[height - 1].every(blank)) height--;
  const lastFilled = (r: (string | number | boolean | null)[]) =>
    r.reduce<number>((last, v, c) => (blank(v) ? last : c + 1), 0);
  const width = Math.max(0, ...rows.slice(0, height).map(lastFilled));
  return rows
    .slice(0, height)
    .map((r) => Array.from({ length: width }, (_, c) => (blank(r[c]) ? null : r[c])));
}
