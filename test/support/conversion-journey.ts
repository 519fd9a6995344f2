import { expect } from 'vitest';
import { SAMPLE_ACTUALS_SHEET, SAMPLE_AS_OF, SAMPLE_PLAN_SHEET } from '../../core/sample/sample-workbook.js';
import { PG_SHEETS, SHEETS } from '../../core/model/sheets.js';
import type { WorkbookPort } from '../../core/contract/workbook-port.js';
import { createGovernanceService } from '../../core/service/create-governance-service.js';
import type { GovernanceService } from '../../core/contract/governance-service.js';
import { declaredIdentity } from '../../core/port/declared-identity.js';
import { countingPort } from './counting-port.js';
import { oneReadSteps, type StepCount } from './one-read-steps.js';

const PMO = 'Paula Weber';

export interface ConversionJourneyRecord {
  service: GovernanceService;
  initiatives: number;
  steps: StepCount[];
}

/**
 * The first-five-minutes journey against ANY WorkbookPort whose workbook already holds the sample
 * user sheets (`sampleWorkbook()` from core/sample, loaded the host's own way): inspect and convert
 * the plan, import the CRM actuals, take the first initiative through every gate (the owner's go
 * decision refused), a refused sign-off by the owner and an accepted one by the controller, verify,
 * tamper a sealed actual, verify names it. One read and at most one write per use case; the user's
 * sheets are untouched.
 */
export async function conversionJourney(
  port: WorkbookPort,
  now = new Date(`${SAMPLE_AS_OF}T16:00:00.000Z`),
): Promise<ConversionJourneyRecord> {
  const counted = countingPort(port);
  const identity = declaredIdentity(PMO);
  const service = createGovernanceService({ port: counted, clock: () => now, identity });
  const steps: ConversionJourneyRecord['steps'] = [];
  const userSheets = [SAMPLE_PLAN_SHEET, SAMPLE_ACTUALS_SHEET];
  const userBefore = (await port.read(userSheets)).grids;
  expect(
    Object.keys(userBefore).sort(),
    'the sample sheets must be in the workbook before the journey',
  ).toEqual([...userSheets].sort());

  const step = oneReadSteps(counted, steps);

  const overview = await step('overview', 0, () => service.overview());
  expect(overview.hasRegister).toBe(false);
  expect(overview.userSheets).toEqual(expect.arrayContaining(userSheets));

  const inspection = await step('inspect', 0, () =>
    service.inspectSource({ kind: 'sheet', sheet: SAMPLE_PLAN_SHEET }),
  );
  expect(inspection.error).toBeNull();
  const table = inspection.tables.find((t) => t.verdict === 'plan')!;
  expect(table.initiatives).toBeGreaterThan(10);
  const converted = await step('convert', 1, () =>
    service.convert({ kind: 'sheet', sheet: SAMPLE_PLAN_SHEET }, table.mapping),
  );
  expect(converted.counts.added).toBe(table.initiatives);
  await step('settings', 1, () => service.saveSettings({ asOf: SAMPLE_AS_OF, pmo: [PMO] }));
  const actuals = await step('actuals', 1, () =>
    service.importActuals({ kind: 'sheet', sheet: SAMPLE_ACTUALS_SHEET }),
  );
  expect(actuals.matchedRows).toBeGreaterThan(0);
  const register = await step('refresh', 1, () => service.refresh());
  expect(register.problems).toEqual([]);
  expect(register.rows).toHaveLength(table.initiatives);

  const first = register.rows[0];
  const up = async (who: string, writes = 1) => {
    await identity.declare(who);
    return step(`up ${first.id} as ${who}`, writes, () =>
      service.move({ id: first.id, kind: 'up', reason: '' }),
    );
  };
  for (const result of [await up(PMO), await up(PMO)]) expect(result.ok, result.message).toBe(true);
  const ownerDecides = await up(first.owner, 0);
  expect(ownerDecides.ok).toBe(false);
  expect(ownerDecides.problems.join(' ')).toContain(
    `The go decision cannot come from the owner (${first.owner})`,
  );
  for (const result of [await up(first.sponsor), await up(first.owner)])
    expect(result.ok, result.message).toBe(true);

  await identity.declare(first.owner);
  const refused = await step('sign-off as owner', 0, () =>
    service.signOff({ id: first.id, confirmedValue: first.actualToDate, evidence: 'CRM export' }),
  );
  expect(refused.ok).toBe(false);
  expect(refused.problems.join(' ')).toContain('an owner cannot sign off their own initiative');
  await identity.declare(first.controller);
  const signed = await step('sign-off as controller', 1, () =>
    service.signOff({ id: first.id, confirmedValue: first.actualToDate, evidence: 'CRM export' }),
  );
  expect(signed.ok, signed.message).toBe(true);

  const verified = await step('verify', 0, () => service.verify());
  expect(verified).toMatchObject({ ok: true, firstBroken: null, modifiedAfterSignOff: [] });

  // Someone changes a sealed actual of the closed initiative by hand.
  const read = await port.read([SHEETS.actual]);
  const grid = read.grids[SHEETS.actual].map((row) => [...row]);
  const row = grid.findIndex((r) => r[0] === first.id);
  const col = grid[0].findIndex((h, c) => c > 0 && typeof grid[row][c] === 'number');
  grid[row][col] = (grid[row][col] as number) + 1_000;
  await port.write({ sheets: [{ sheet: SHEETS.actual, mode: 'replace', rows: grid }] });
  const tampered = await step('verify after tampering', 0, () => service.verify());
  expect(tampered.ok).toBe(false);
  expect(tampered.modifiedAfterSignOff.map((m) => m.id)).toEqual([first.id]);

  expect((await port.read(userSheets)).grids).toEqual(userBefore);
  const written = PG_SHEETS.filter((s) => s !== SHEETS.snapshots);
  expect((await port.read(PG_SHEETS)).sheetNames).toEqual(expect.arrayContaining(written));
  return { service, initiatives: table.initiatives, steps };
}
