import { describe, expect, it } from 'vitest';
import { createPlanImporter } from '../../../core/service/create-plan-importer.js';
import { MemoryWorkbook } from '../../../core/port/memory-workbook.js';
import {
  SAMPLE_ACTUALS_SHEET,
  SAMPLE_PLAN_SHEET,
  sampleWorkbook,
} from '../../../core/sample/sample-workbook.js';
import { createGovernanceService } from '../../../core/service/create-governance-service.js';
import { declaredIdentity } from '../../../core/port/declared-identity.js';

function sampleService() {
  const port = new MemoryWorkbook(sampleWorkbook().grids);
  const service = createGovernanceService({
    port,
    clock: () => new Date('2027-05-02T08:00:00Z'),
    identity: declaredIdentity('Dana PMO'),
    importer: createPlanImporter(),
  });
  return { port, service };
}

describe('createPlanImporter through the service, on the playground sample', () => {
  it('converts the sample plan once, and a second conversion of the same plan writes nothing', async () => {
    const { port, service } = sampleService();
    const inspection = await service.inspectSource({ kind: 'sheet', sheet: SAMPLE_PLAN_SHEET });
    const table = inspection.tables.find((t) => t.verdict === 'plan')!;
    const first = await service.convert({ kind: 'sheet', sheet: SAMPLE_PLAN_SHEET }, table.mapping);
    expect(first.counts.added).toBe(table.initiatives);
    expect(first.counts.added).toBeGreaterThan(10);
    expect(first.wrote.length).toBeGreaterThan(0);
    const writes = port.writes;
    const second = await service.convert({ kind: 'sheet', sheet: SAMPLE_PLAN_SHEET }, table.mapping);
    expect(second.counts).toEqual({
      added: 0,
      updated: 0,
      unchanged: table.initiatives,
      conflict: 0,
      skipped: 0,
    });
    expect(second.wrote).toEqual([]);
    expect(port.writes).toBe(writes);
  });

  it('books the sample CRM export, lists its unmatched and ambiguous rows, and changes nothing the second time', async () => {
    const { port, service } = sampleService();
    const table = (await service.inspectSource({ kind: 'sheet', sheet: SAMPLE_PLAN_SHEET })).tables.find(
      (t) => t.verdict === 'plan',
    )!;
    await service.convert({ kind: 'sheet', sheet: SAMPLE_PLAN_SHEET }, table.mapping);
    const first = await service.importActuals({ kind: 'sheet', sheet: SAMPLE_ACTUALS_SHEET });
    expect(first.unchanged).toBe(false);
    expect(first.matchedRows).toBeGreaterThan(0);
    expect(first.unmatched.length).toBeGreaterThan(0);
    expect(first.ambiguous).toHaveLength(1);
    expect(first.ambiguous[0].candidates).toHaveLength(2);
    const writes = port.writes;
    const second = await service.importActuals({ kind: 'sheet', sheet: SAMPLE_ACTUALS_SHEET });
    expect(second).toMatchObject({
      unchanged: true,
      updatedInitiatives: 0,
      matchedRows: first.matchedRows,
      total: first.total,
    });
    expect(port.writes).toBe(writes);
  });
});
