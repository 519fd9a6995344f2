import { describe, expect, it } from 'vitest';
import { SCRATCH_SHEETS } from '../../core/index.js';
import { excelEnvironment, excelSelfTest } from '../../excel-addin/diagnostics/excel-self-test.js';
import { createFakeExcel } from '../fakes/excel/fake-excel.js';

const office = {
  diagnostics: { version: '16.0.18227.20162', platform: 'OfficeOnline' },
  requirements: { isSetSupported: (name: string) => name !== 'NestedAppAuth' },
};

/** A clock that moves 5 ms per reading: timings are shown, never asserted against real time. */
function steppingClock() {
  let t = 0;
  return { elapsed: () => (t += 5), now: () => new Date('2027-05-03T09:00:00.000Z') };
}

describe('Settings › Diagnostics in Excel', () => {
  it('runs every step on scratch sheets of the Excel fake and reports host, sets, times and round trips', async () => {
    const excel = createFakeExcel();
    excel.addSheet('Budget', [
      ['Line', 'Amount'],
      ['Travel', 1200],
    ]);
    excel.addSheet('PG Register', [['ID'], ['REAL-01']]);
    const report = await excelSelfTest(excel.run, excelEnvironment(office, '0.1.0'), steppingClock())();

    expect(report.steps.map((s) => [s.name, s.ok])).toEqual([
      ['convert', true],
      ['refresh', true],
      ['move', true],
      ['sign-off', true],
      ['verify', true],
      ['cleanup', true],
    ]);
    expect(report).toMatchObject({
      ok: true,
      host: 'Excel',
      version: '16.0.18227.20162',
      platform: 'OfficeOnline',
      addinVersion: '0.1.0',
      startedAt: '2027-05-03T09:00:00.000Z',
      requirementSets: {
        'ExcelApi 1.9': true,
        'SharedRuntime 1.1': true,
        'CustomFunctionsRuntime 1.2': true,
        'NestedAppAuth 1.1': false,
      },
    });
    for (const step of report.steps) {
      expect(step.ms).toBeGreaterThan(0);
      expect(step.roundTrips).toBeGreaterThan(0);
    }
    expect(report.totalRoundTrips).toBe(report.steps.reduce((n, s) => n + s.roundTrips, 0));
    // Every round trip the fake saw, but the look for leftover scratch sheets before the first step.
    expect(excel.syncCount() - report.totalRoundTrips).toBe(1);
    expect(report.steps[0].detail).toMatch(/^22 initiatives converted, \d+ actuals rows matched$/);
    expect(report.text).toContain('PlanGate self-test: PASSED');
    expect(report.text).toContain('Host: Excel 16.0.18227.20162');
    expect(report.text).toContain('NestedAppAuth 1.1: NO');
    expect(report.text).toMatch(
      /^ok {3}sign-off +\d+ ms +\d+ round trips {2}\S+ signed off by its controller$/m,
    );

    // Nothing of the person's changed, and no scratch sheet is left.
    expect(excel.state.sheets.map((s) => s.name)).toEqual(['Budget', 'PG Register']);
    expect(excel.state.find('PG Register')!.readValues({ row: 0, col: 0, rows: 2, cols: 1 })).toEqual([
      ['ID'],
      ['REAL-01'],
    ]);
    expect(excel.state.find('Budget')!.value(1, 1)).toBe(1200);
    for (const name of SCRATCH_SHEETS) expect(excel.state.find(name)).toBeNull();
  });

  it('reports the failing step with its message, and still cleans up', async () => {
    const excel = createFakeExcel();
    const report = await excelSelfTest(
      (batch) =>
        excel.run(async (context) => {
          const names = context.workbook.worksheets;
          const add = names.add.bind(names);
          // A host that refuses to create the scratch PG Self-test Audit sheet.
          (names as { add: (n: string) => unknown }).add = (n: string) => {
            if (n === 'PG Self-test Audit') throw new Error('This workbook is read-only.');
            return add(n);
          };
          return batch(context);
        }),
      excelEnvironment(office, '0.1.0'),
      steppingClock(),
    )();
    expect(report.ok).toBe(false);
    expect(report.steps.map((s) => s.name)).toEqual(['convert', 'cleanup']);
    expect(report.steps[0]).toMatchObject({ ok: false });
    expect(report.steps[0].detail).toMatch(/read-only/);
    expect(report.text).toMatch(/^PlanGate self-test: FAILED/);
    expect(report.steps[1].ok).toBe(true);
    expect(excel.state.sheets.filter((s) => SCRATCH_SHEETS.includes(s.name))).toEqual([]);
  });
});
