import { describe, expect, it } from 'vitest';
import type { Grid } from '../../../core/model/cell.js';
import { SHEETS } from '../../../core/model/sheets.js';
import { MemoryWorkbook } from '../../../core/port/memory-workbook.js';
import { createGovernanceService } from '../../../core/service/create-governance-service.js';
import { declaredIdentity } from '../../../core/port/declared-identity.js';
import { createPlanImporter } from '../../../core/service/create-plan-importer.js';
import { PEOPLE, signedOffRegister } from '../seal/signed-off-register.js';

const CRM: Grid = [
  ['Campaign ID', 'Close date', 'Amount'],
  ['CAMP-01', '2027-06-15', 50_000],
  ['CAMP-01', '2027-06-20', 1_000],
  ['CAMP-02', '2027-06-10', 7_500],
];

async function withExport() {
  const workbook = new MemoryWorkbook({ ...(await signedOffRegister()), CRM });
  const identity = declaredIdentity(PEOPLE.pmo);
  const service = createGovernanceService({
    port: workbook,
    clock: () => new Date('2027-07-02T09:00:00.000Z'),
    identity,
    importer: createPlanImporter(),
  });
  const actualOf = async (id: string) => (await service.initiative(id)).actual;
  return { workbook, service, identity, actualOf };
}

describe('actuals into a signed-off initiative', () => {
  it('are refused, naming the initiative and its seal; other initiatives are booked', async () => {
    const { service, actualOf } = await withExport();
    const sealed = await actualOf('CAMP-01');
    const report = await service.importActuals({ kind: 'sheet', sheet: 'CRM' });
    expect(report.updatedInitiatives).toBe(1);
    expect(report.warnings?.[0]).toEqual({
      sheet: 'CRM',
      cell: null,
      message:
        "CAMP-01 Spring campaign DACH is signed off by Cora Controller on 2027-07-01: its actuals are sealed, so the export's 2 rows for it (2, 3; 51,000 EUR) were not booked. To book them, a controller re-opens CAMP-01 (moves it back), and signs it off again after the import.",
    });
    expect(await actualOf('CAMP-01')).toEqual(sealed);
    expect((await actualOf('CAMP-02'))[5]).toBe(7_500);
    expect((await service.verify()).ok).toBe(true);
  });

  it('are booked once a controller re-opens the initiative', async () => {
    const { service, identity, actualOf } = await withExport();
    await identity.declare(PEOPLE.controller);
    const reopened = await service.move({ id: 'CAMP-01', kind: 'back', reason: 'June deals came in late' });
    expect(reopened.ok, reopened.message).toBe(true);
    const report = await service.importActuals({ kind: 'sheet', sheet: 'CRM' });
    expect(report.warnings?.some((w) => w.message.includes('sealed'))).toBe(false);
    expect((await actualOf('CAMP-01'))[5]).toBe(51_000);
    expect((await service.verify()).ok).toBe(true);
  });

  it('are refused outright while PG Settings break governance', async () => {
    const { workbook, service } = await withExport();
    const settings = workbook.grid(SHEETS.settings)!.map((row) => [...row]);
    const row = settings.findIndex((r) => r[0] === 'Sign-off level');
    settings[row][1] = 4;
    workbook.setSheet(SHEETS.settings, settings);
    await expect(service.importActuals({ kind: 'sheet', sheet: 'CRM' })).rejects.toThrow(
      `PG Settings B${row + 1}: Sign-off level is 4`,
    );
  });
});
