import { beforeAll, describe, expect, it } from 'vitest';
import { SCRATCH_SHEETS } from '../../core/index.js';
import { FakeAppsScript } from '../fakes/sheets/fake-apps-script.js';
import { builtServerCode, loadServer } from '../sheets/support/server-sandbox.js';

let code = '';
beforeAll(async () => {
  code = await builtServerCode();
});

describe('Settings › Diagnostics in Google Sheets', () => {
  it('runs every step through the built Code.js on scratch sheets of the Sheets fake, and reports it', () => {
    const gas = new FakeAppsScript({ user: 'maria@example.com' });
    gas.spreadsheet.addUserSheet('Budget', [
      ['Line', 'Amount'],
      ['Travel', 1200],
    ]);
    const server = loadServer(code, gas);
    const report = server.selfTest({ userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0' });

    expect(report.steps.map((s) => [s.name, s.ok, s.detail])).toEqual([
      ['convert', true, expect.stringMatching(/^22 initiatives converted, \d+ actuals rows matched$/)],
      ['refresh', true, '22 initiatives, no unreadable cells'],
      ['move', true, expect.stringMatching(/moved up 4 gates$/)],
      ['sign-off', true, expect.stringMatching(/signed off by its controller$/)],
      ['verify', true, 'audit chain intact'],
      ['cleanup', true, 'scratch sheets deleted'],
    ]);
    expect(report).toMatchObject({
      ok: true,
      host: 'Google Sheets',
      version: 'Apps Script V8',
      platform: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0',
      addinVersion: '0.1.0',
    });
    // The vm has only ES2019's built-ins, as the report says.
    expect(report.requirementSets).toMatchObject({
      'Object.hasOwn (native)': false,
      'globalThis (native)': false,
    });
    for (const step of report.steps) {
      expect(step.ms).toBeGreaterThanOrEqual(0);
      expect(step.roundTrips).toBeGreaterThan(0);
    }
    expect(report.totalRoundTrips).toBe(report.steps.reduce((n, s) => n + s.roundTrips, 0));
    expect(report.text).toMatch(/^PlanGate self-test: PASSED\nHost: Google Sheets Apps Script V8\n/);

    expect(gas.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Budget']);
    expect(gas.spreadsheet.getSheetByName('Budget')!.getRange(2, 2, 1, 1).getValues()).toEqual([[1200]]);
    for (const name of SCRATCH_SHEETS) expect(gas.spreadsheet.getSheetByName(name)).toBeNull();
  });
});
