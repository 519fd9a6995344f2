import { describe, expect, it } from 'vitest';
import type { Grid } from '../../../core/model/cell.js';
import { MemoryWorkbook } from '../../../core/port/memory-workbook.js';
import { createGovernanceService } from '../../../core/service/create-governance-service.js';
import { declaredIdentity } from '../../../core/port/declared-identity.js';
import { titledPlan } from './titled-plan.js';

const now = new Date('2027-07-01T09:00:00.000Z');

/** One amount per row, its column header naming the currency. */
const poundsSheet: Grid = [
  ['Marketing plan 2027'],
  [],
  ['Campaign', 'Owner', 'Month', 'Budget (GBP)'],
  ['Webinar series', 'Ann Owner', '2027-01', 1000],
  ['Trade fair', 'Cleo Owner', '2027-02', 500],
];

function serviceOf(workbook: MemoryWorkbook) {
  return createGovernanceService({ port: workbook, clock: () => now, identity: declaredIdentity('Pat PMO') });
}

async function inspectAndConvert(workbook: MemoryWorkbook, sheet: string) {
  const service = serviceOf(workbook);
  const inspection = await service.inspectSource({ kind: 'sheet', sheet });
  const table = inspection.tables.find((t) => t.verdict === 'plan')!;
  const report = await service.convert({ kind: 'sheet', sheet }, table.mapping);
  return { table, report };
}

const notConverted = /PlanGate does not convert currencies/;

describe('the reminder that PlanGate does not convert currencies', () => {
  it('is absent when there is no register yet: the new register adopts the plan’s currency', async () => {
    const workbook = new MemoryWorkbook({ Plan: titledPlan('Marketing plan 2027 (USD)') });
    const { table, report } = await inspectAndConvert(workbook, 'Plan');
    expect(table.warnings.filter((w) => notConverted.test(w))).toEqual([]);
    expect(table.currency).toEqual({
      code: 'USD',
      source: 'adopted',
      plan: 'USD',
      from: 'Marketing plan 2027 (USD)',
    });
    expect(report.currency).toEqual({ code: 'USD', source: 'adopted', plan: 'USD' });
    expect(report.warnings).toBeUndefined();
  });

  it('reads month headers that carry the currency, and the register adopts it', async () => {
    const plan: Grid = [
      ['Campaign', 'Owner', 'Jan 2027 (GBP)', 'Feb 2027 (GBP)'],
      ['Webinar series', 'Ann Owner', 1000, 2000],
      ['Trade fair', 'Cleo Owner', 500, 500],
    ];
    const { table, report } = await inspectAndConvert(new MemoryWorkbook({ Plan: plan }), 'Plan');
    expect(table.periods).toEqual(['2027-01', '2027-02']);
    expect(table.currency).toMatchObject({ code: 'GBP', source: 'adopted', from: 'Jan 2027 (GBP)' });
    expect(report.counts.added).toBe(2);
  });

  it('is absent when the register already reports in the plan’s currency', async () => {
    const workbook = new MemoryWorkbook({
      Plan: titledPlan('Marketing plan 2027 (USD)'),
      Again: titledPlan('Marketing plan 2027, update (USD)'),
    });
    await inspectAndConvert(workbook, 'Plan');
    const { table, report } = await inspectAndConvert(workbook, 'Again');
    expect(table.warnings.filter((w) => notConverted.test(w))).toEqual([]);
    expect(table.currency).toMatchObject({ code: 'USD', source: 'kept', plan: 'USD' });
    expect(report.warnings).toBeUndefined();
  });

  it('names both currencies, the sheet, the header cell and what to do when the register keeps another', async () => {
    const workbook = new MemoryWorkbook({
      Plan: titledPlan('Marketing plan 2027 (USD)'),
      Pounds: poundsSheet,
    });
    await inspectAndConvert(workbook, 'Plan');
    const { table, report } = await inspectAndConvert(workbook, 'Pounds');
    const expected =
      "Sheet 'Pounds' has its amounts in GBP (cell D3, 'Budget (GBP)'), but the register reports in USD and PlanGate does not convert currencies: convert the plan's amounts to USD first, or change the register's currency to GBP in PG Settings if the whole register is in GBP.";
    expect(table.warnings).toContain(expected);
    expect(table.currency).toEqual({ code: 'USD', source: 'kept', plan: 'GBP', from: 'Budget (GBP)' });
    // The conversion's report says it again, for hosts that convert without showing the inspection.
    expect(report.currency).toEqual({ code: 'USD', source: 'kept', plan: 'GBP' });
    expect(report.warnings).toEqual([expected]);
  });

  it('quotes the title when the title names the currency', async () => {
    const workbook = new MemoryWorkbook({ Euros: titledPlan('Budget 2027 in EUR') });
    const service = serviceOf(workbook);
    await service.saveSettings({ currency: 'CHF' });
    const inspection = await service.inspectSource({ kind: 'sheet', sheet: 'Euros' });
    expect(inspection.tables[0].warnings).toContain(
      "Sheet 'Euros' has its amounts in EUR (cell A1, 'Budget 2027 in EUR'), but the register reports in CHF and PlanGate does not convert currencies: convert the plan's amounts to CHF first, or change the register's currency to EUR in PG Settings if the whole register is in EUR.",
    );
  });

  it('is absent when the plan names no currency', async () => {
    const workbook = new MemoryWorkbook({ Plan: titledPlan('Marketing plan 2027') });
    const service = serviceOf(workbook);
    await service.saveSettings({ currency: 'CHF' });
    const inspection = await service.inspectSource({ kind: 'sheet', sheet: 'Plan' });
    expect(inspection.tables[0].currency).toBeUndefined();
    expect(inspection.tables[0].warnings.filter((w) => notConverted.test(w))).toEqual([]);
  });
});
