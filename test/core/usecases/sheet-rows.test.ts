import { describe, expect, it } from 'vitest';
import { encodeRegister } from '../../../core/codec/encode-register.js';
import type { CellValue } from '../../../core/model/cell.js';
import { SHEETS } from '../../../core/model/sheets.js';
import { MemoryWorkbook } from '../../../core/port/memory-workbook.js';
import { createGovernanceService } from '../../../core/service/create-governance-service.js';
import { move } from '../../../core/usecases/move.js';
import { signOff } from '../../../core/usecases/sign-off.js';
import { verify } from '../../../core/usecases/verify.js';
import { journeyRegister, PEOPLE } from '../../support/index.js';

const clock = () => new Date('2027-07-01T09:00:00.000Z');

/** The journey register with a blank spacer row typed above CAMP-03 (so CAMP-03 sits on row 5, not 4). */
async function workbookWithSpacer(): Promise<MemoryWorkbook> {
  const workbook = new MemoryWorkbook();
  await workbook.write({ sheets: encodeRegister(journeyRegister(), null) });
  const grid = workbook.grid(SHEETS.register)!.map((row) => [...row]);
  const at = grid.findIndex((row) => row[0] === 'CAMP-03');
  grid.splice(
    at,
    0,
    grid[0].map(() => null),
  );
  workbook.setSheet(SHEETS.register, grid);
  return workbook;
}

/** CAMP-01 moved up twice (PG Audit rows 2 and 3), and PG Audit's grid with `blanks` blank rows typed between the events. */
async function twoEventsApart(blanks: number): Promise<{ workbook: MemoryWorkbook; audit: CellValue[][] }> {
  const workbook = await workbookWithSpacer();
  const actor = { name: PEOPLE.owner, kind: 'declared' as const };
  for (let i = 0; i < 2; i++) {
    const moved = await move({ port: workbook, clock }, { id: 'CAMP-01', kind: 'up', reason: '' }, actor);
    expect(moved.ok).toBe(true);
  }
  const audit = workbook.grid(SHEETS.audit)!.map((row) => [...row]);
  audit.splice(2, 0, ...Array.from({ length: blanks }, () => audit[0].map(() => null)));
  return { workbook, audit };
}

describe('messages name the real sheet rows', () => {
  it('a refused move names the PG Register row of the initiative, spacer rows counted', async () => {
    const workbook = await workbookWithSpacer();
    const result = await move(
      { port: workbook, clock },
      { id: 'CAMP-03', kind: 'up', reason: '' },
      { name: PEOPLE.pmo, kind: 'declared' },
    );
    expect(result.ok).toBe(false);
    expect(result.problems.join(' ')).toContain('on PG Register row 5');
    expect(result.problems.join(' ')).not.toContain('in the CAMP-03 row');
  });

  it('a refused sign-off names the PG Register row', async () => {
    const workbook = await workbookWithSpacer();
    const grid = workbook.grid(SHEETS.register)!;
    const header = grid[0];
    const row = grid.findIndex((r) => r[0] === 'CAMP-03');
    // Owner and controller the same person: the sign-off gate names the Controller cell's row.
    workbook.setCell(SHEETS.register, row, header.indexOf('Owner'), PEOPLE.controller);
    workbook.setCell(SHEETS.register, row, header.indexOf('Controller'), PEOPLE.controller);
    const result = await signOff(
      { port: workbook, clock },
      { id: 'CAMP-03', confirmedValue: 1000, evidence: 'CRM report' },
      { name: PEOPLE.controller, kind: 'declared' },
    );
    expect(result.ok).toBe(false);
    expect(result.problems.join(' ')).toContain('on PG Register row 5');
  });

  it('the gate checklist of the Initiative pane names the PG Register row', async () => {
    const workbook = await workbookWithSpacer();
    const service = createGovernanceService({
      port: workbook,
      clock,
      identity: {
        current: () => Promise.resolve({ name: PEOPLE.pmo, kind: 'declared' as const }),
        declare: (n) => Promise.resolve({ name: n, kind: 'declared' as const }),
      },
    });
    const detail = await service.initiative('CAMP-03');
    const messages = detail.nextGate!.criteria.map((c) => c.message).join(' ');
    expect(messages).toContain('on PG Register row 5');
  });

  it('verification names the real PG Audit row when PG Audit has blank rows', async () => {
    // A blank row typed between the two events, then the second event's actor rewritten.
    const { workbook, audit } = await twoEventsApart(1);
    const actorCol = audit[0].indexOf('Actor');
    audit[3][actorCol] = 'Mallory';
    workbook.setSheet(SHEETS.audit, audit);
    const { result } = await verify({ port: workbook, clock });
    expect(result.firstBroken?.row).toBe(4);
    expect(result.firstBroken?.message).toContain('PG Audit row 4 ');
  });

  it('verification names the real PG Audit row of the last recorded move for a level typed by hand', async () => {
    const workbook = await workbookWithSpacer();
    await move(
      { port: workbook, clock },
      { id: 'CAMP-01', kind: 'up', reason: '' },
      { name: PEOPLE.owner, kind: 'declared' },
    );
    const audit = workbook.grid(SHEETS.audit)!.map((row) => [...row]);
    audit.splice(
      1,
      0,
      audit[0].map(() => null),
    );
    workbook.setSheet(SHEETS.audit, audit);
    const grid = workbook.grid(SHEETS.register)!;
    const row = grid.findIndex((r) => r[0] === 'CAMP-01');
    workbook.setCell(SHEETS.register, row, grid[0].indexOf('DoI'), 3);
    const { result } = await verify({ port: workbook, clock });
    const camp01 = result.levelsWithoutAudit.find((l) => l.id === 'CAMP-01');
    // Row 2 is blank, row 3 the settings record of the first move, row 4 the move.
    expect(camp01?.message).toContain('(row 4)');
    expect(camp01?.message).toContain('on PG Register row 2');
  });
});

describe('verification after blank rows are typed into PG Audit', () => {
  it('names the real row of the sign-off a closed initiative no longer matches', async () => {
    const register = journeyRegister();
    register.initiatives[0].doi = 4;
    const workbook = new MemoryWorkbook();
    await workbook.write({ sheets: encodeRegister(register, null) });
    const signed = await signOff(
      { port: workbook, clock },
      { id: 'CAMP-01', confirmedValue: 118_000, evidence: 'CRM report 2027-06' },
      { name: PEOPLE.controller, kind: 'declared' },
    );
    expect(signed.ok).toBe(true);
    const audit = workbook.grid(SHEETS.audit)!.map((row) => [...row]);
    const signOffRow = audit.findIndex((row) => row.includes('sign-off'));
    const blank = audit[0].map(() => null);
    audit.splice(signOffRow, 0, blank, [...blank]);
    workbook.setSheet(SHEETS.audit, audit);
    const grid = workbook.grid(SHEETS.register)!;
    const row = grid.findIndex((r) => r[0] === 'CAMP-01');
    workbook.setCell(SHEETS.register, row, grid[0].indexOf('Target'), 150_000);

    const { result } = await verify({ port: workbook, clock });
    expect(result.firstBroken).toBeNull();
    expect(result.modifiedAfterSignOff[0].message).toContain(`(PG Audit row ${signOffRow + 3})`);
  });

  it('names the real row of the event before a broken link', async () => {
    // Two blank rows typed between the events (now rows 2 and 5), and the second one's link rewritten.
    const { workbook, audit } = await twoEventsApart(2);
    audit[4][audit[0].indexOf('Prev hash')] = 'f'.repeat(64);
    workbook.setSheet(SHEETS.audit, audit);
    const { result } = await verify({ port: workbook, clock });
    expect(result.firstBroken?.row).toBe(5);
    expect(result.firstBroken?.message).toBe(
      "PG Audit row 5 does not follow row 2 (its Prev hash differs from row 2's Hash): a row was removed, inserted or rewritten here. Restore PG Audit from version history or a backup.",
    );
  });
});

describe('verification DTO', () => {
  it('carries the levels typed by hand into PG Register to the Integrity pane', async () => {
    const workbook = await workbookWithSpacer();
    const grid = workbook.grid(SHEETS.register)!;
    const row = grid.findIndex((r) => r[0] === 'CAMP-01');
    workbook.setCell(SHEETS.register, row, grid[0].indexOf('DoI'), 3);
    const service = createGovernanceService({
      port: workbook,
      clock,
      identity: {
        current: () => Promise.resolve(null),
        declare: (n) => Promise.resolve({ name: n, kind: 'declared' as const }),
      },
    });
    const dto = await service.verify();
    expect(dto.levelsWithoutAudit?.map((l) => l.id)).toContain('CAMP-01');
    expect(dto.levelsWithoutAudit?.find((l) => l.id === 'CAMP-01')?.message).toMatch(
      /DoI 3 on PG Register row 2.*Set it back to DoI 0/,
    );
  });
});
