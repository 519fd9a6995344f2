import {
  SAMPLE_ACTUALS_SHEET,
  SAMPLE_AS_OF,
  SAMPLE_PLAN_SHEET,
  sampleWorkbook,
} from '../sample/sample-workbook.js';
import type { WorkbookPort } from '../contract/workbook-port.js';
import { createGovernanceService } from '../service/create-governance-service.js';
import type { GovernanceService } from '../contract/governance-service.js';
import { declaredIdentity } from '../port/declared-identity.js';
import { SCRATCH_SHEETS, scratchPort } from './scratch-port.js';
import {
  reportText,
  type SelfTestEnvironment,
  type SelfTestReport,
  type SelfTestStep,
} from './self-test-report.js';

export interface SelfTestHost {
  environment: SelfTestEnvironment;
  /**
   * The live workbook through the host's own adapter, allowed to write the scratch sheets
   * (`SCRATCH_SHEETS`) and nothing else of the person's.
   */
  live: WorkbookPort;
  /** Host round trips so far; the report counts the difference over each step. */
  roundTrips(): number;
  /** Deletes those of `names` that exist. */
  removeSheets(names: readonly string[]): Promise<void>;
  /** Milliseconds from a fixed origin (performance.now, Date.now). */
  elapsed(): number;
  /** When the run starts (the report's startedAt). */
  now(): Date;
}

const PMO = 'PlanGate self-test (PMO)';

/**
 * Settings › Diagnostics: the register's life on a scratch copy of the PG sheets in the live
 * workbook (convert the built-in sample plan and its CRM actuals, refresh, move the first
 * initiative through every gate, sign it off as its controller, verify the seal, delete the
 * scratch sheets), timing each step and counting its round trips. The person's own sheets and
 * real PG sheets are neither read for the test nor written. A failing step stops the run; cleanup
 * runs whatever happened.
 */
export async function runSelfTest(host: SelfTestHost): Promise<SelfTestReport> {
  const startedAt = host.now().toISOString();
  const sample = sampleWorkbook().grids;
  const identity = declaredIdentity(PMO);
  const service = createGovernanceService({
    port: scratchPort(host.live, sample),
    clock: () => new Date(`${SAMPLE_AS_OF}T16:00:00.000Z`),
    identity,
  });
  const steps: SelfTestStep[] = [];
  const step = async (name: SelfTestStep['name'], run: () => Promise<string>): Promise<boolean> => {
    const trips = host.roundTrips();
    const start = host.elapsed();
    let ok = true;
    let detail: string;
    try {
      detail = await run();
    } catch (error) {
      ok = false;
      detail = error instanceof Error ? error.message : String(error);
    }
    steps.push({ name, ok, detail, ms: host.elapsed() - start, roundTrips: host.roundTrips() - trips });
    return ok;
  };

  await host.removeSheets(SCRATCH_SHEETS); // left over from a run that could not clean up
  let first: Awaited<ReturnType<GovernanceService['refresh']>>['rows'][number] | undefined;
  const passed =
    (await step('convert', async () => {
      const inspection = await service.inspectSource({ kind: 'sheet', sheet: SAMPLE_PLAN_SHEET });
      const table = inspection.tables.find((t) => t.verdict === 'plan');
      if (!table) throw new Error(inspection.error ?? 'The sample plan was not recognised.');
      const converted = await service.convert({ kind: 'sheet', sheet: SAMPLE_PLAN_SHEET }, table.mapping);
      await service.saveSettings({ asOf: SAMPLE_AS_OF, pmo: [PMO] });
      const actuals = await service.importActuals({ kind: 'sheet', sheet: SAMPLE_ACTUALS_SHEET });
      return `${converted.counts.added} initiatives converted, ${actuals.matchedRows} actuals rows matched`;
    })) &&
    (await step('refresh', async () => {
      const register = await service.refresh();
      if (register.problems.length > 0) throw new Error(register.problems.map((p) => p.message).join(' '));
      first = register.rows[0];
      return `${register.rows.length} initiatives, no unreadable cells`;
    })) &&
    (await step('move', async () => {
      const target = first!;
      for (const who of [PMO, PMO, target.sponsor, target.owner]) {
        await identity.declare(who);
        const moved = await service.move({ id: target.id, kind: 'up', reason: '' });
        if (!moved.ok) throw new Error(moved.message);
      }
      return `${target.id} moved up 4 gates`;
    })) &&
    (await step('sign-off', async () => {
      const target = first!;
      await identity.declare(target.controller);
      const signed = await service.signOff({
        id: target.id,
        confirmedValue: target.actualToDate,
        evidence: 'PlanGate self-test',
        // The scratch sample closes early and below plan: the acknowledgement path is part of the test.
        acknowledgeShortfall: true,
      });
      if (!signed.ok) throw new Error(signed.message);
      return `${target.id} signed off by its controller`;
    })) &&
    (await step('verify', async () => {
      const verified = await service.verify();
      if (!verified.ok) throw new Error(verified.firstBroken?.message ?? 'The audit seal does not verify.');
      return 'audit chain intact';
    }));
  await step('cleanup', async () => {
    await host.removeSheets(SCRATCH_SHEETS);
    const left = (await host.live.read([])).sheetNames.filter((n) => SCRATCH_SHEETS.includes(n));
    if (left.length > 0) throw new Error(`Could not delete ${left.join(', ')}: delete them by hand.`);
    return 'scratch sheets deleted';
  });

  const ok = passed && steps.every((s) => s.ok);
  const body = {
    ...host.environment,
    ok,
    startedAt,
    steps,
    totalMs: steps.reduce((sum, s) => sum + s.ms, 0),
    totalRoundTrips: steps.reduce((sum, s) => sum + s.roundTrips, 0),
  };
  return { ...body, text: reportText(body) };
}
