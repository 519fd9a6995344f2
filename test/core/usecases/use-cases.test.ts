import { describe, expect, it } from 'vitest';
import { encodeRegister } from '../../../core/codec/encode-register.js';
import { SHEETS } from '../../../core/model/sheets.js';
import { MemoryWorkbook } from '../../../core/port/memory-workbook.js';
import type { WritePlan } from '../../../core/contract/workbook-port.js';
import { move } from '../../../core/usecases/move.js';
import { refresh } from '../../../core/usecases/refresh.js';
import { snapshot } from '../../../core/usecases/snapshot.js';
import { applySettingsPatch } from '../../../core/usecases/apply-settings-patch.js';
import { describeWrites } from '../../../core/usecases/describe-writes.js';
import { journeyRegister, PEOPLE } from '../../support/index.js';

const clock = () => new Date('2027-07-01T09:00:00.000Z');

async function workbookWithRegister() {
  const workbook = new MemoryWorkbook({ Notes: [['keep me']] });
  await workbook.write({ sheets: encodeRegister(journeyRegister(), null) });
  workbook.resetCounts();
  const plans: WritePlan[] = [];
  const port = {
    read: (sheets: readonly string[]) => workbook.read(sheets),
    write: (plan: WritePlan) => {
      plans.push(plan);
      return workbook.write(plan);
    },
  };
  return { workbook, port, plans };
}

describe('use cases', () => {
  it('refresh of a workbook without a register reads once and writes nothing', async () => {
    const workbook = new MemoryWorkbook({ Notes: [['keep me']] });
    const result = await refresh({ port: workbook, clock });
    expect(result.register.initiatives).toEqual([]);
    expect(result.wrote).toEqual([]);
    expect({ reads: workbook.reads, writes: workbook.writes }).toEqual({ reads: 1, writes: 0 });
  });

  it('a move appends the sealed event first, then patches the register and the portfolio, in one write', async () => {
    // The register was written without a settings record: the first move records PG Settings too.
    const { port, plans, workbook } = await workbookWithRegister();
    const result = await move(
      { port, clock },
      { id: 'CAMP-01', kind: 'up', reason: '' },
      { name: PEOPLE.owner, kind: 'declared' },
    );
    expect(result).toEqual({
      ok: true,
      message: 'Moved CAMP-01 to 1 Identified.',
      problems: [],
      wrote: ['PG Audit (+2 rows)', 'PG Register (3 rows)', 'PG Portfolio (15 rows)'],
    });
    expect(plans).toHaveLength(1);
    expect(plans[0].sheets.map((s) => [s.sheet, s.mode])).toEqual([
      ['PG Audit', 'append'],
      ['PG Register', 'replace'],
      ['PG Portfolio', 'replace'],
    ]);
    const second = await move(
      { port, clock },
      { id: 'CAMP-01', kind: 'up', reason: '' },
      { name: PEOPLE.owner, kind: 'declared' },
    );
    expect(plans[0].sheets[0]).toMatchObject({ expectedRows: 1 });
    expect(second.wrote[0]).toBe('PG Audit (+1 row)');
    expect(plans[1].sheets[0]).toMatchObject({ sheet: 'PG Audit', mode: 'append', expectedRows: 3 });
    expect(workbook.grid(SHEETS.audit)).toHaveLength(4);
    expect(workbook.grid('Notes')).toEqual([['keep me']]);
  });

  it('a step back needs a reason and says so without writing', async () => {
    const { port, plans } = await workbookWithRegister();
    const result = await move(
      { port, clock },
      { id: 'CAMP-02', kind: 'back', reason: ' ' },
      { name: PEOPLE.pmo, kind: 'declared' },
    );
    expect(result.ok).toBe(false);
    expect(result.problems.join(' ')).toMatch(/reason/i);
    expect(plans).toHaveLength(0);
  });

  it('a snapshot taken twice for the same period replaces its block', async () => {
    const { port, workbook } = await workbookWithRegister();
    expect((await snapshot({ port, clock })).message).toBe(
      'Stored snapshot 2027-06 (3 initiatives, as of 2027-06-30).',
    );
    expect((await snapshot({ port, clock })).message).toBe(
      'Replaced snapshot 2027-06 (3 initiatives, as of 2027-06-30).',
    );
    expect(workbook.grid(SHEETS.snapshots)!.filter((row) => row[0] === 'Snapshot')).toHaveLength(1);
    expect((await snapshot({ port, clock }, 'Board Q2')).wrote).toEqual(['PG Snapshots (2 blocks)']);
    // Its amounts show in the register's currency, like every other PG sheet's.
    expect(workbook.layout(SHEETS.snapshots)?.currency).toBe(workbook.layout(SHEETS.register)?.currency);
    expect(workbook.layout(SHEETS.snapshots)?.currency).toMatch(/^[A-Z]{3}$/);
  });

  it('settings refuse a ladder without the level an initiative is on', () => {
    const register = journeyRegister();
    register.initiatives[1].doi = 5;
    const outcome = applySettingsPatch(register, {
      ladder: register.settings.ladder.levels
        .slice(0, 5)
        .map((l) => (l.level === 4 ? { ...l, criteria: ['signOff'], movers: ['controller'] } : { ...l })),
      signOffLevel: 4,
      freezeLevel: 3,
    });
    expect(outcome).toEqual({
      ok: false,
      problems: ['The new ladder has no level 5, where CAMP-02 is: keep that level or move them first.'],
    });
  });

  it('settings refuse a ladder whose sign-off the owner could give, saying what to change', () => {
    const register = journeyRegister();
    const outcome = applySettingsPatch(register, {
      ladder: register.settings.ladder.levels.map((l) =>
        l.level === 5 ? { ...l, movers: ['owner', 'controller'] } : { ...l },
      ),
    });
    expect(outcome).toEqual({
      ok: false,
      problems: [
        'Ladder: Only a controller may sign off (Level 5); remove owner from its movers in PG Settings.',
      ],
    });
  });

  it('describes writes in words', () => {
    expect(
      describeWrites([
        { sheet: 'PG Audit', mode: 'append', rows: [[1], [2]] },
        {
          sheet: 'PG Register',
          mode: 'replace',
          rows: [['ID'], ['A']],
          layout: { headerRows: 1, columns: [] },
        },
      ]),
    ).toEqual(['PG Audit (+2 rows)', 'PG Register (1 row)']);
  });
});
