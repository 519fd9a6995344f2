import { describe, expect, it } from 'vitest';
import { encodeRegister } from '../../../core/codec/encode-register.js';
import { SHEETS } from '../../../core/model/sheets.js';
import { MemoryWorkbook } from '../../../core/port/memory-workbook.js';
import { createGovernanceService } from '../../../core/service/create-governance-service.js';
import { declaredIdentity } from '../../../core/port/declared-identity.js';
import { journeyRegister, PEOPLE } from '../../support/index.js';

const now = new Date('2027-07-01T09:00:00.000Z');

async function serviceAs(name: string | null) {
  const workbook = new MemoryWorkbook({});
  await workbook.write({ sheets: encodeRegister(journeyRegister(), null) });
  const identity = declaredIdentity(name ?? undefined);
  return { workbook, service: createGovernanceService({ port: workbook, clock: () => now, identity }) };
}

describe('initiative detail: which moves the acting person may make', () => {
  it('gives the owner the refusal the move would give, and the sponsor the go-ahead', async () => {
    const owner = await (await serviceAs(PEOPLE.owner)).service.initiative('CAMP-01');
    expect(owner.row.doi).toBe(0);
    expect(owner.moves?.up).toEqual({ allowed: true, refusal: null });
    expect(owner.moves?.hold.refusal).toBe(
      `Only the sponsor (${PEOPLE.sponsor}) or the PMO may have CAMP-01 put on hold.`,
    );

    const { service } = await serviceAs(PEOPLE.sponsor);
    const detail = await service.initiative('CAMP-01');
    expect(detail.moves?.hold).toEqual({ allowed: true, refusal: null });
    const refused = await service.move({ id: 'CAMP-01', kind: 'resume', reason: '' });
    expect(detail.moves?.resume).toEqual({ allowed: false, refusal: refused.message });
  });

  it('the gate answer matches the move for a stranger', async () => {
    const { service } = await serviceAs('Xavier Nobody');
    const detail = await service.initiative('CAMP-02');
    const refused = await service.move({ id: 'CAMP-02', kind: 'up', reason: '' });
    expect(refused.ok).toBe(false);
    expect(detail.nextGate).toMatchObject({ toLevel: 3, allowed: false, refusal: refused.message });
    expect(detail.moves?.up).toEqual({ allowed: false, refusal: refused.message });
  });

  it('asks for a name before any move when nobody is acting', async () => {
    const { service } = await serviceAs(null);
    const detail = await service.initiative('CAMP-01');
    expect(detail.nextGate?.allowed).toBe(false);
    expect(detail.moves?.back.refusal).toContain('PlanGate does not know who you are');
  });

  it('refuses every move on a row with unreadable cells, naming the cell', async () => {
    const { workbook, service } = await serviceAs(PEOPLE.pmo);
    workbook.setCell(SHEETS.register, 1, workbook.grid(SHEETS.register)![0].indexOf('Start'), 'next spring');
    const detail = await service.initiative('CAMP-01');
    const expected =
      'CAMP-01 has cells PlanGate cannot read; fix them on PG Register row 2, then try again. PG Register Q2: Start: "next spring" is not a date: type a date such as 2027-03-31 or 31.03.2027';
    expect(detail.nextGate).toMatchObject({ allowed: false, refusal: expected });
    expect(detail.moves?.hold).toEqual({ allowed: false, refusal: expected });
  });
});
