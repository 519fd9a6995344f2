import { describe, expect, it } from 'vitest';
import { encodeRegister } from '../../../core/codec/encode-register.js';
import { SHEETS } from '../../../core/model/sheets.js';
import { MemoryWorkbook } from '../../../core/port/memory-workbook.js';
import { ConcurrentEditError, type WorkbookPort } from '../../../core/contract/workbook-port.js';
import { createGovernanceService } from '../../../core/service/create-governance-service.js';
import { declaredIdentity } from '../../../core/port/declared-identity.js';
import { PlanGateError } from '../../../core/contract/plan-gate-error.js';
import {
  sampleWorkbook,
  SAMPLE_PLAN_SHEET,
  SAMPLE_ACTUALS_SHEET,
} from '../../../core/sample/sample-workbook.js';
import { countingPort, journeyRegister, PEOPLE } from '../../support/index.js';

const now = new Date('2027-07-01T09:00:00.000Z');

async function seeded(identityName: string | null = PEOPLE.pmo) {
  const workbook = new MemoryWorkbook({
    'My plan': [
      ['Campaign', 'Jan'],
      ['Spring', 1200],
    ],
  });
  await workbook.write({ sheets: encodeRegister(journeyRegister(), null) });
  const port = countingPort(workbook);
  const identity = declaredIdentity(identityName ?? undefined);
  const service = createGovernanceService({ port, clock: () => now, identity });
  port.reset();
  return { workbook, port, identity, service };
}

const column = (workbook: MemoryWorkbook, header: string): unknown[] => {
  const grid = workbook.grid(SHEETS.register)!;
  const at = grid[0].indexOf(header);
  return grid.slice(1).map((row) => row[at]);
};

describe('createGovernanceService', () => {
  it('refresh writes the computed columns and keeps hand-typed cells as typed', async () => {
    const { workbook, service } = await seeded();
    const grid = workbook.grid(SHEETS.register)!;
    const targetCol = grid[0].indexOf('Target');
    workbook.setCell(SHEETS.register, 2, targetCol, '90,000');
    workbook.setCell(SHEETS.register, 3, targetCol, 'lots');
    const result = await service.refresh();
    expect(result.rows.find((r) => r.id === 'CAMP-02')).toMatchObject({ planTotal: 80_000 });
    expect(result.problems).toEqual([
      {
        sheet: 'PG Register',
        cell: `M4`,
        message:
          'Target: "lots" is not a number: type an amount such as 1200, 1,200.50 or (1,200) for a negative',
      },
    ]);
    expect(column(workbook, 'Target')).toEqual([120_000, '90,000', 'lots']);
    expect(column(workbook, 'Plan total (computed)')).toEqual([120_000, 80_000, 0]);
    expect(column(workbook, 'Value status (computed)')).toEqual(['green', 'red', 'n/a']);
    expect(workbook.layout(SHEETS.portfolio)?.charts).toHaveLength(2);
    expect(workbook.grid('My plan')).toEqual([
      ['Campaign', 'Jan'],
      ['Spring', 1200],
    ]);
  });

  it('refuses an action on a row with unreadable cells, naming the cell', async () => {
    const { workbook, service, port } = await seeded(PEOPLE.owner);
    workbook.setCell(SHEETS.register, 1, workbook.grid(SHEETS.register)![0].indexOf('Start'), 'next spring');
    const result = await service.move({ id: 'camp-01', kind: 'up', reason: '' });
    expect(result.ok).toBe(false);
    expect(result.message).toBe(
      'CAMP-01 has cells PlanGate cannot read; fix them on PG Register row 2, then try again.',
    );
    expect(result.problems).toEqual([
      'PG Register Q2: Start: "next spring" is not a date: type a date such as 2027-03-31 or 31.03.2027',
    ]);
    expect(port.writes).toBe(0);
  });

  it('asks who is acting before any governed action', async () => {
    const { service } = await seeded(null);
    await expect(service.move({ id: 'CAMP-01', kind: 'up', reason: '' })).rejects.toThrow(
      'PlanGate does not know who you are: enter your name (Acting as), then try again.',
    );
    await expect(service.declareIdentity('  ')).rejects.toBeInstanceOf(PlanGateError);
    expect(await service.declareIdentity('Olivia Owner')).toEqual({ name: 'Olivia Owner', kind: 'declared' });
  });

  it('turns a concurrent audit append into a readable error and writes nothing else', async () => {
    const { workbook } = await seeded();
    const racing: WorkbookPort = {
      read: (sheets) => workbook.read(sheets),
      write: async (plan) => {
        // Someone else appends an audit row between our read and our write.
        const audit = workbook.grid(SHEETS.audit)!;
        workbook.setSheet(SHEETS.audit, [
          ...audit,
          ['someone else', null, null, null, null, null, null, null, null, null],
        ]);
        return workbook.write(plan);
      },
    };
    const registerBefore = workbook.grid(SHEETS.register);
    const service = createGovernanceService({
      port: racing,
      clock: () => now,
      identity: declaredIdentity(PEOPLE.owner),
    });
    const error = await service.move({ id: 'CAMP-01', kind: 'up', reason: '' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlanGateError);
    expect((error as PlanGateError).userMessage).toBe(new ConcurrentEditError(SHEETS.audit).message);
    expect(workbook.grid(SHEETS.register)).toEqual(registerBefore);
  });

  it('overview lists the user sheets, the identity and the register', async () => {
    const { service } = await seeded();
    expect(await service.overview()).toEqual({
      identity: { name: PEOPLE.pmo, kind: 'declared' },
      hasRegister: true,
      initiativeCount: 3,
      userSheets: ['My plan'],
      problems: [],
      asOf: '2027-06-30',
      currency: 'EUR',
    });
  });

  it('snapshots and bridges: the bridge from a snapshot to now adds up', async () => {
    const { service, workbook, port } = await seeded(PEOPLE.owner);
    const taken = await service.snapshot();
    expect(taken).toMatchObject({
      ok: true,
      message: 'Stored snapshot 2027-06 (3 initiatives, as of 2027-06-30).',
    });
    expect(port.writes).toBe(1);
    // A new month of forecast lowers the webinars' estimate.
    const plan = workbook.grid(SHEETS.forecast)!;
    const row = plan.findIndex((r) => r[0] === 'CAMP-02');
    workbook.setCell(SHEETS.forecast, row, plan[0].indexOf('2027-12'), 1_000);
    const bridge = await service.bridge('2027-06', null);
    // CAMP-01 118,000 actual; CAMP-02 6,500 actual (Mar–Jun) + 50,000 plan (Jul–Dec); CAMP-03 nothing.
    expect(bridge.start).toBe(174_500);
    expect(bridge.estimateChanges).toBe(-4_000);
    expect(
      bridge.start + bridge.newInitiatives + bridge.cancelled + bridge.rebaselined + bridge.estimateChanges,
    ).toBe(bridge.end);
    await expect(service.bridge('2026-12', null)).rejects.toThrow(
      'There is no snapshot "2026-12": choose one of 2027-06.',
    );
    expect((await service.portfolio(null)).snapshots).toEqual(['2027-06']);
  });

  it('saves settings with an audit event, and refuses bad values without writing', async () => {
    const { service, workbook, port } = await seeded();
    const saved = await service.saveSettings({ target: 750_000, redBelow: 0.8 });
    expect(saved).toMatchObject({ target: 750_000, redBelow: 0.8, ladderPreset: 'standard' });
    expect(workbook.grid(SHEETS.audit)!.at(-1)!.slice(1, 7)).toEqual([
      PEOPLE.pmo,
      'declared',
      'settings',
      '',
      '',
      'target, redBelow',
    ]);
    // The event carries every key's old and new value and the whole of PG Settings as recorded.
    const payload = JSON.parse(String(workbook.grid(SHEETS.audit)!.at(-1)![7])) as {
      changes: Record<string, { old: string; new: string }>;
      settings: Record<string, string>;
    };
    expect(payload.changes).toEqual({
      Target: { old: '500000', new: '750000' },
      'Red below': { old: '0.9', new: '0.8' },
    });
    expect(payload.settings).toMatchObject({ Target: '750000', 'Red below': '0.8', 'Sign-off level': '5' });
    port.reset();
    await expect(service.saveSettings({ currency: 'Euro', fiscalYearStart: 13 })).rejects.toThrow(
      'Settings were not saved. Currency: "Euro" is not a currency code: type three letters such as EUR or USD. Fiscal year start: choose a month from 1 (January) to 12 (December).',
    );
    expect(port.writes).toBe(0);
    const l0 = await service.saveSettings({ ladderPreset: 'l0-l5' });
    expect(l0.ladder.map((l) => l.name)).toEqual([
      'Idea',
      'Identified',
      'Validated',
      'Planned',
      'Executed',
      'Realized',
    ]);
    expect(column(workbook, 'DoI')).toEqual(['0 Idea', '2 Validated', '0 Idea']);
    // Settings saved through PlanGate are no finding; CAMP-02 was seeded at DoI 2 without events.
    expect((await service.verify()).findings.map((f) => [f.kind, f.id])).toEqual([
      ['level not recorded', 'CAMP-02'],
    ]);
  });

  it('initiative detail shows the next gate for the acting person', async () => {
    const { service } = await seeded(PEOPLE.owner);
    const detail = await service.initiative('CAMP-02');
    expect(detail.nextGate).toMatchObject({ toLevel: 3, toName: 'Decided', allowed: false });
    expect(detail.plan.slice(0, 3)).toEqual([null, null, 5_000]);
    await expect(service.initiative('NOPE')).rejects.toThrow('There is no initiative "NOPE" in PG Register');
  });

  it('converts the sample plan, imports its CRM actuals, and a second import changes nothing', async () => {
    const sample = sampleWorkbook();
    const workbook = new MemoryWorkbook(sample.grids);
    const port = countingPort(workbook);
    const service = createGovernanceService({
      port,
      clock: () => now,
      identity: declaredIdentity(PEOPLE.pmo),
    });
    const inspection = await service.inspectSource({ kind: 'sheet', sheet: SAMPLE_PLAN_SHEET });
    expect(inspection.error).toBeNull();
    const table = inspection.tables.find((t) => t.verdict === 'plan')!;
    port.reset();
    const report = await service.convert({ kind: 'sheet', sheet: SAMPLE_PLAN_SHEET }, table.mapping);
    expect({ reads: port.reads, writes: port.writes }).toEqual({ reads: 1, writes: 1 });
    expect(report.counts.added).toBe(table.initiatives);
    expect(report.wrote.join(' · ')).toContain('PG Register');
    const again = await service.convert({ kind: 'sheet', sheet: SAMPLE_PLAN_SHEET }, table.mapping);
    expect(again.counts.added).toBe(0);
    expect(again.wrote).toEqual([]);
    const actuals = await service.importActuals({ kind: 'sheet', sheet: SAMPLE_ACTUALS_SHEET });
    expect(actuals.matchedRows).toBeGreaterThan(0);
    const twice = await service.importActuals({ kind: 'sheet', sheet: SAMPLE_ACTUALS_SHEET });
    expect(twice.unchanged).toBe(true);
    expect(twice.wrote).toEqual([]);
    expect(workbook.grid(SAMPLE_PLAN_SHEET)).toEqual(sample.grids[SAMPLE_PLAN_SHEET]);
    expect((await service.refresh()).rows).toHaveLength(table.initiatives);
  });

  it('says plainly when import is switched off', async () => {
    const workbook = new MemoryWorkbook(sampleWorkbook().grids);
    const service = createGovernanceService({
      port: workbook,
      clock: () => now,
      identity: declaredIdentity('x'),
      importer: null,
    });
    await expect(service.inspectSource({ kind: 'sheet', sheet: SAMPLE_PLAN_SHEET })).rejects.toThrow(
      'Plan import is not available here',
    );
    await expect(service.inspectSource({ kind: 'sheet', sheet: 'PG Register' })).rejects.toThrow(
      '"PG Register" is one of PlanGate\'s own sheets: choose the sheet that holds your plan.',
    );
  });
});
