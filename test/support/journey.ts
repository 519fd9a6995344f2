import { expect } from 'vitest';
import { encodeRegister } from '../../core/codec/encode-register.js';
import { PG_SHEETS, SHEETS } from '../../core/model/sheets.js';
import type { WorkbookPort } from '../../core/contract/workbook-port.js';
import { createGovernanceService } from '../../core/service/create-governance-service.js';
import type {
  ActionResultDto,
  GovernanceService,
  MoveRequestDto,
} from '../../core/contract/governance-service.js';
import { declaredIdentity } from '../../core/port/declared-identity.js';
import { countingPort } from './counting-port.js';
import { oneReadSteps, type StepCount } from './one-read-steps.js';
import { journeyRegister, PEOPLE } from './journey-register.js';

export interface JourneyOptions {
  /** Fixed time of every action (audit times); default 2027-07-01 09:00 UTC. */
  now?: Date;
  /** Sheets of the user that must be exactly as before at the end (default: every non-PG sheet). */
  userSheets?: readonly string[];
}

export interface JourneyRecord {
  service: GovernanceService;
  steps: StepCount[];
}

/**
 * The user journey every host must pass, against ANY WorkbookPort (memory, the Excel fake, the
 * Sheets fake, a file): seed a register, refresh, move CAMP-01 through every gate (with a
 * refused go decision by its owner), a refused sign-off by the owner, an accepted one by the
 * controller, verify, tamper a sealed cell, verify names it. Each use case must read the
 * workbook once and write it at most once; refusals write nothing; user sheets stay untouched.
 */
export async function journey(port: WorkbookPort, options: JourneyOptions = {}): Promise<JourneyRecord> {
  const now = options.now ?? new Date('2027-07-01T09:00:00.000Z');
  const counted = countingPort(port);
  const identity = declaredIdentity();
  const service = createGovernanceService({ port: counted, clock: () => now, identity });
  const steps: JourneyRecord['steps'] = [];

  const before = await port.read(PG_SHEETS);
  const userSheetNames = options.userSheets ?? before.sheetNames.filter((s) => !PG_SHEETS.includes(s));
  const userBefore = await port.read(userSheetNames);

  await port.write({ sheets: encodeRegister(journeyRegister(), null) });

  const step = oneReadSteps(counted, steps);
  const as = (name: string) => identity.declare(name);
  const moveAs = async (who: string, request: MoveRequestDto, writes = 1): Promise<ActionResultDto> => {
    await as(who);
    return step(`${request.kind} ${request.id} as ${who}`, writes, () => service.move(request));
  };

  // 1. Refresh computes the metrics and writes the computed columns.
  await as(PEOPLE.pmo);
  const refreshed = await step('refresh', 1, () => service.refresh());
  expect(refreshed.problems).toEqual([]);
  const camp = refreshed.rows.find((r) => r.id === 'CAMP-01')!;
  expect(camp).toMatchObject({
    planTotal: 120_000,
    actualToDate: 118_000,
    doi: 0,
    doiName: 'Defined',
    valueStatus: 'green',
  });

  // 2. Through the gates: the owner identifies and details it, cannot take the go decision, the sponsor does.
  for (const level of [1, 2]) {
    const moved = await moveAs(PEOPLE.owner, { id: 'CAMP-01', kind: 'up', reason: '' });
    expect(moved.ok, moved.message).toBe(true);
    expect((await service.initiative('CAMP-01')).row.doi).toBe(level);
  }
  const ownerDecides = await moveAs(PEOPLE.owner, { id: 'CAMP-01', kind: 'up', reason: '' }, 0);
  expect(ownerDecides.ok).toBe(false);
  expect(ownerDecides.problems.join(' ')).toContain(
    'The go decision cannot come from the owner (Olivia Owner)',
  );
  const decided = await moveAs(PEOPLE.sponsor, { id: 'CAMP-01', kind: 'up', reason: '' });
  expect(decided.ok, decided.message).toBe(true);
  const implemented = await moveAs(PEOPLE.owner, { id: 'CAMP-01', kind: 'up', reason: '' });
  expect(implemented.ok, implemented.message).toBe(true);
  const detail = await service.initiative('CAMP-01');
  expect(detail.row).toMatchObject({ doi: 4, doiName: 'Implemented' });
  expect(detail.baseline?.slice(0, 6)).toEqual([10_000, 20_000, 30_000, 30_000, 20_000, 10_000]);

  // 3. Sign-off: refused for the owner, accepted for the controller.
  await as(PEOPLE.owner);
  const ownerSigns = await step('sign-off as owner', 0, () =>
    service.signOff({ id: 'CAMP-01', confirmedValue: 118_000, evidence: 'CRM report 2027-06' }),
  );
  expect(ownerSigns.ok).toBe(false);
  expect(ownerSigns.problems.join(' ')).toContain('an owner cannot sign off their own initiative');
  await as(PEOPLE.controller);
  const signed = await step('sign-off as controller', 1, () =>
    service.signOff({ id: 'CAMP-01', confirmedValue: 118_000, evidence: 'CRM report 2027-06' }),
  );
  expect(signed.ok, signed.message).toBe(true);
  const closed = await service.initiative('CAMP-01');
  expect(closed.row).toMatchObject({ doi: 5, state: 'closed', confirmedValue: 118_000 });
  expect(closed.history.map((h) => h.action)).toEqual(['move', 'move', 'move', 'move', 'sign-off']);

  // 4. Verify: the chain holds (four moves, the sign-off, and the settings the first move recorded).
  // CAMP-02 was seeded at DoI 2 without events: a level no event reached is a finding.
  const verified = await step('verify', 0, () => service.verify());
  expect(verified).toMatchObject({
    ok: false,
    checkedEvents: 6,
    firstBroken: null,
    modifiedAfterSignOff: [],
  });
  expect(verified.findings.map((f) => [f.kind, f.sheet, f.cell, f.id])).toEqual([
    ['level not recorded', SHEETS.register, 'N3', 'CAMP-02'],
  ]);

  // 5. Someone edits a sealed actual by hand; verification names the initiative and the field.
  const read = await port.read([SHEETS.actual]);
  const actual = read.grids[SHEETS.actual].map((row) => [...row]);
  const row = actual.findIndex((r) => r[0] === 'CAMP-01');
  actual[row][3] = 99_000;
  await port.write({ sheets: [{ sheet: SHEETS.actual, mode: 'replace', rows: actual }] });
  const tampered = await step('verify after tampering', 0, () => service.verify());
  expect(tampered.ok).toBe(false);
  expect(tampered.modifiedAfterSignOff).toHaveLength(1);
  expect(tampered.modifiedAfterSignOff[0]).toMatchObject({ id: 'CAMP-01' });
  expect(tampered.modifiedAfterSignOff[0].fields.join(' ')).toMatch(/actual/i);
  expect(tampered.notice).toMatch(/tamper-evident, not tamper-proof/);

  // 6. The user's own sheets are exactly as they were.
  const userAfter = await port.read(userSheetNames);
  expect(userAfter.grids).toEqual(userBefore.grids);
  expect(userAfter.sheetNames.filter((s) => userSheetNames.includes(s))).toEqual(
    userBefore.sheetNames.filter((s) => userSheetNames.includes(s)),
  );
  return { service, steps };
}
