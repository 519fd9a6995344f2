import { describe, expect, it } from 'vitest';
import { encodeRegister } from '../../../core/codec/encode-register.js';
import type { Grid } from '../../../core/model/cell.js';
import { SHEETS } from '../../../core/model/sheets.js';
import { MemoryWorkbook } from '../../../core/port/memory-workbook.js';
import { createGovernanceService } from '../../../core/service/create-governance-service.js';
import { declaredIdentity } from '../../../core/port/declared-identity.js';
import { journeyRegister, PEOPLE } from '../../support/index.js';

const now = () => new Date('2027-07-01T09:00:00.000Z');

/** CAMP-01 moved to 3 Decided through the service; PG Settings recorded. */
async function decided() {
  const workbook = new MemoryWorkbook({});
  await workbook.write({ sheets: encodeRegister(journeyRegister(), null) });
  const identity = declaredIdentity(PEOPLE.owner);
  const service = createGovernanceService({ port: workbook, clock: now, identity });
  const as = async (who: string) => identity.declare(who);
  for (const who of [PEOPLE.owner, PEOPLE.owner, PEOPLE.sponsor]) {
    await as(who);
    expect((await service.move({ id: 'CAMP-01', kind: 'up', reason: '' })).ok).toBe(true);
  }
  return { workbook, service, as };
}

function setSetting(workbook: MemoryWorkbook, key: string, value: string | number): string {
  const grid = workbook.grid(SHEETS.settings)!.map((row) => [...row]) as Grid;
  const row = grid.findIndex((r) => r[0] === key);
  grid[row][1] = value;
  workbook.setSheet(SHEETS.settings, grid);
  return `B${row + 1}`;
}

describe('governance invariants hold whatever PG Settings say', () => {
  it('Sign-off level 5 → 4 by hand: the owner cannot then sign off at 4, and the refusal names the cell', async () => {
    const { workbook, service, as } = await decided();
    const cell = setSetting(workbook, 'Sign-off level', 4);
    const auditRows = workbook.grid(SHEETS.audit)!.length;

    await as(PEOPLE.owner);
    const signed = await service.signOff({
      id: 'CAMP-01',
      confirmedValue: 118_000,
      evidence: 'my own report',
    });
    expect(signed.ok).toBe(false);
    expect(signed.problems).toEqual([
      `PG Settings ${cell}: Sign-off level is 4, but the ladder's last level is 5: controller-backed closure must be the last level. Set Sign-off level back to 5.`,
    ]);
    const moved = await service.move({ id: 'CAMP-01', kind: 'up', reason: '' });
    expect(moved.ok).toBe(false);
    expect(moved.message).toContain(`PG Settings ${cell}: Sign-off level is 4`);
    expect(workbook.grid(SHEETS.audit)!.length).toBe(auditRows);

    const verified = await service.verify();
    expect(verified.ok).toBe(false);
    expect(verified.settingsEdits).toEqual([{ key: 'Sign-off level', old: '5', new: '4', cell }]);
    const onSettings = verified.findings.filter((f) => f.sheet === SHEETS.settings);
    expect(onSettings.map((f) => [f.kind, f.cell])).toEqual([
      ['settings edited by hand', cell],
      ['settings break governance', 'B20'], // Level 5 requires a sign-off, yet is not the sign-off level
      ['settings break governance', cell], // Sign-off must be the top level
      ['settings break governance', 'B19'], // Level 4 does not require the controller's sign-off
      ['settings break governance', 'B19'], // …and the owner may move into it
    ]);
    expect(onSettings[0].message).toBe(
      `Sign-off level is "4", but PG Audit recorded "5" (row 2): it was changed by hand. Set it back, or change it in Settings so the change is recorded.`,
    );
  });

  it('a ladder whose sign-off level lets the owner move does not let the owner sign off', async () => {
    const { workbook, service, as } = await decided();
    await as(PEOPLE.owner);
    expect((await service.move({ id: 'CAMP-01', kind: 'up', reason: '' })).ok).toBe(true);
    // Level 5 typed by hand: no signOff criterion, the owner among its movers.
    const cell = setSetting(
      workbook,
      'Level 5',
      'Closed | weight 1 | criteria implemented | movers owner, controller',
    );
    expect((await service.settings()).ladder[5]).toMatchObject({ criteria: ['implemented'] });
    const signed = await service.signOff({
      id: 'CAMP-01',
      confirmedValue: 118_000,
      evidence: 'my own report',
    });
    expect(signed.ok).toBe(false);
    expect(signed.problems.join(' ')).toContain(`PG Settings ${cell}: Level 5 is the sign-off level`);
    expect((await service.initiative('CAMP-01')).row.state).toBe('active');
  });

  it('an owner listed among the Controllers still cannot sign off their own initiative', async () => {
    const { service, as } = await decided();
    await as(PEOPLE.pmo);
    await service.saveSettings({ controllers: [PEOPLE.controller, PEOPLE.owner] });
    await as(PEOPLE.owner);
    expect((await service.move({ id: 'CAMP-01', kind: 'up', reason: '' })).ok).toBe(true);
    const signed = await service.signOff({
      id: 'CAMP-01',
      confirmedValue: 118_000,
      evidence: 'my own report',
    });
    expect(signed.ok).toBe(false);
    expect(signed.problems.join(' ')).toContain('an owner cannot sign off their own initiative');
  });

  it('closure needs a controller: the sponsor is refused', async () => {
    const { service, as } = await decided();
    await as(PEOPLE.owner);
    expect((await service.move({ id: 'CAMP-01', kind: 'up', reason: '' })).ok).toBe(true);
    await as(PEOPLE.sponsor);
    const signed = await service.signOff({ id: 'CAMP-01', confirmedValue: 118_000, evidence: 'CRM report' });
    expect(signed.ok).toBe(false);
    expect(signed.problems.join(' ')).toContain('Only CAMP-01');
  });

  it('a settings change that would break an invariant is refused with the reason, and writes nothing', async () => {
    const { workbook, service, as } = await decided();
    await as(PEOPLE.pmo);
    const before = workbook.grid(SHEETS.settings);
    await expect(service.saveSettings({ signOffLevel: 4 })).rejects.toThrow(
      "Sign-off must be the top level (5), not 4: nothing can follow the controller's closure.",
    );
    const standard = (await service.settings()).ladder;
    const ownerCloses = standard.map((l) => (l.level === 5 ? { ...l, movers: ['owner' as const] } : l));
    await expect(service.saveSettings({ ladder: ownerCloses })).rejects.toThrow(
      'Only a controller may sign off',
    );
    expect(workbook.grid(SHEETS.settings)).toEqual(before);
  });

  it('saving settings over a hand-edited invariant is refused, naming the cell', async () => {
    const { workbook, service, as } = await decided();
    const cell = setSetting(workbook, 'Sign-off level', 4);
    await as(PEOPLE.pmo);
    await expect(service.saveSettings({ redBelow: 0.8 })).rejects.toThrow(/Sign-off/);
    await expect(service.saveSettings({ signOffLevel: 5 })).resolves.toMatchObject({ signOffLevel: 5 });
    expect((await service.verify()).settingsEdits).toEqual([]);
    expect(cell).toMatch(/^B\d+$/);
  });
});
