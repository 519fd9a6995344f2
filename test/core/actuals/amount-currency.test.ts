import { describe, expect, it } from 'vitest';
import type { Grid } from '../../../core/model/cell.js';
import { SHEETS } from '../../../core/model/sheets.js';
import { MemoryWorkbook } from '../../../core/port/memory-workbook.js';
import { createGovernanceService } from '../../../core/service/create-governance-service.js';
import { declaredIdentity } from '../../../core/port/declared-identity.js';
import { createPlanImporter } from '../../../core/service/create-plan-importer.js';
import { PEOPLE, signedOffRegister } from '../seal/signed-off-register.js';

async function service(extra: Record<string, Grid>) {
  const workbook = new MemoryWorkbook({ ...(await signedOffRegister()), ...extra });
  const governance = createGovernanceService({
    port: workbook,
    clock: () => new Date('2027-07-02T09:00:00.000Z'),
    identity: declaredIdentity(PEOPLE.pmo),
    importer: createPlanImporter(),
  });
  return { workbook, governance };
}

describe('amounts carry their meaning', () => {
  it('an export in five currencies is not booked as 450 EUR: each foreign amount is refused at its cell', async () => {
    const { governance } = await service({
      CRM: [
        ['Campaign ID', 'Close date', 'Amount'],
        ['CAMP-02', '2027-06-01', '$50'],
        ['CAMP-02', '2027-06-02', 'USD 60'],
        ['CAMP-02', '2027-06-03', '£80'],
        ['CAMP-02', '2027-06-04', '¥90'],
        ['CAMP-02', '2027-06-05', '€100'],
        ['CAMP-02', '2027-06-06', '12 %'],
        ['CAMP-02', '2027-06-07', '2027-06-07'],
      ],
    });
    const report = await governance.importActuals({ kind: 'sheet', sheet: 'CRM' });
    expect(report.total).toBe(100);
    expect((await governance.initiative('CAMP-02')).actual[5]).toBe(100);
    const text = report.warnings!.map((w) => `${w.cell}: ${w.message}`).join('\n');
    for (const [cell, what] of [
      ['C2', 'is in USD'],
      ['C3', 'is in USD'],
      ['C4', 'is in GBP'],
      ['C5', 'is in JPY'],
      ['C7', 'is a percent'],
      ['C8', 'is a date'],
    ])
      expect(text).toMatch(new RegExp(`${cell}[^\\n]*${what}|${what}[^\\n]*${cell}`));
  });

  it('a foreign amount typed into PG Actual by hand is a problem at its cell, not a number', async () => {
    const { workbook, governance } = await service({});
    const actual = workbook.grid(SHEETS.actual)!.map((row) => [...row]);
    const row = actual.findIndex((r) => r[0] === 'CAMP-02');
    actual[row][6] = '$7,000';
    workbook.setSheet(SHEETS.actual, actual);
    const verified = await governance.verify();
    expect(verified.findings).toContainEqual(
      expect.objectContaining({
        sheet: SHEETS.actual,
        cell: `G${row + 1}`,
        message: expect.stringContaining('is in USD, but the register reports in EUR') as string,
      }),
    );
    expect((await governance.initiative('CAMP-02')).actual[5]).toBeNull();
  });

  it('a date column mixing day-first and month-first dates asks, naming the cells and what was assumed', async () => {
    const { governance } = await service({
      CRM: [
        ['Campaign ID', 'Close date', 'Amount'],
        ['CAMP-02', '02/01/2027', 100],
        ['CAMP-02', '31.01.2027', 200],
      ],
    });
    const report = await governance.importActuals({ kind: 'sheet', sheet: 'CRM' });
    expect(report.warnings?.[0]).toEqual({
      sheet: 'CRM',
      cell: 'B2',
      message:
        'Close date mixes day-first and month-first dates: "31.01.2027" (B3) is day-first, but "02/01/2027" (B2) reads either way. PlanGate read such dates month-first, as US exports write them: check the periods booked, or write the dates as 2027-01-02 and import again.',
    });
  });
});
