import { describe, expect, it } from 'vitest';
import { SHEETS } from '../../../core/model/sheets.js';
import { MemoryWorkbook } from '../../../core/port/memory-workbook.js';
import { createGovernanceService } from '../../../core/service/create-governance-service.js';
import { declaredIdentity } from '../../../core/port/declared-identity.js';
import { titledPlan } from './titled-plan.js';

const now = new Date('2027-07-01T09:00:00.000Z');

async function convertSheet(workbook: MemoryWorkbook, sheet: string) {
  const service = createGovernanceService({
    port: workbook,
    clock: () => now,
    identity: declaredIdentity('Pat PMO'),
  });
  const inspection = await service.inspectSource({ kind: 'sheet', sheet });
  const table = inspection.tables.find((t) => t.verdict === 'plan')!;
  const report = await service.convert({ kind: 'sheet', sheet }, table.mapping);
  return { service, table, report };
}

describe('convert and the currency the plan names', () => {
  it('a new register adopts the plan currency, with a settings event in the audit log', async () => {
    const workbook = new MemoryWorkbook({ Plan: titledPlan('Marketing plan 2027 (USD)') });
    const { service, table, report } = await convertSheet(workbook, 'Plan');
    expect(table.mapping.currency).toBe('USD');
    expect(report.counts.added).toBe(2);
    expect(report.currency).toEqual({ code: 'USD', source: 'adopted', plan: 'USD' });
    expect((await service.settings()).currency).toBe('USD');
    const audit = workbook.grid(SHEETS.audit)!;
    expect(
      audit.some((row) => row[3] === 'settings' && String(row[6]).split(', ').includes('currency')),
    ).toBe(true);
    // The settings event is sealed into the chain like any other.
    expect(await service.verify()).toMatchObject({ ok: true, firstBroken: null });

    // The same plan again changes nothing: the register owns its currency now.
    const again = await convertSheet(workbook, 'Plan');
    expect(again.report.wrote).toEqual([]);
    expect(again.report.currency).toEqual({ code: 'USD', source: 'kept', plan: 'USD' });
  });

  it('an existing register keeps its own currency and the report names both', async () => {
    const workbook = new MemoryWorkbook({
      Plan: titledPlan('Marketing plan 2027 (USD)'),
      Pounds: titledPlan('Marketing plan 2027 (GBP)'),
    });
    await convertSheet(workbook, 'Plan');
    const again = await convertSheet(workbook, 'Pounds');
    expect(again.report.currency).toEqual({ code: 'USD', source: 'kept', plan: 'GBP' });
    expect((await again.service.settings()).currency).toBe('USD');
    // The GBP plan warns that amounts are not converted, before and after converting.
    expect(again.table.warnings.join(' ')).toContain('the register reports in USD');
    expect(again.report.warnings?.join(' ')).toContain('the register reports in USD');
  });

  it('a currency chosen before the first import is kept', async () => {
    const workbook = new MemoryWorkbook({ Plan: titledPlan('Marketing plan 2027 (USD)') });
    const service = createGovernanceService({
      port: workbook,
      clock: () => now,
      identity: declaredIdentity('Pat PMO'),
    });
    await service.saveSettings({ currency: 'CHF' });
    const { report } = await convertSheet(workbook, 'Plan');
    expect(report.currency).toEqual({ code: 'CHF', source: 'kept', plan: 'USD' });
    expect((await service.settings()).currency).toBe('CHF');
  });

  it('a plan that names no currency leaves the register in its default', async () => {
    const workbook = new MemoryWorkbook({ Plan: titledPlan('Marketing plan 2027') });
    const { table, report } = await convertSheet(workbook, 'Plan');
    expect(table.mapping.currency).toBeUndefined();
    expect(report.currency).toEqual({ code: 'EUR', source: 'kept' });
    expect(workbook.grid(SHEETS.register)).toBeDefined();
  });

  it('a mapping that names a currency that is no code is refused with what to do', async () => {
    const workbook = new MemoryWorkbook({ Plan: titledPlan('Marketing plan 2027') });
    const service = createGovernanceService({
      port: workbook,
      clock: () => now,
      identity: declaredIdentity('Pat PMO'),
    });
    const inspection = await service.inspectSource({ kind: 'sheet', sheet: 'Plan' });
    const mapping = { ...inspection.tables[0].mapping, currency: 'dollars' };
    await expect(service.convert({ kind: 'sheet', sheet: 'Plan' }, mapping)).rejects.toThrow(
      /"dollars", which is not a currency code/,
    );
    expect(workbook.grid(SHEETS.register)).toBeUndefined();
  });
});
