import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeRegister } from '../../../core/codec/encode-register.js';
import { SHEETS } from '../../../core/model/sheets.js';
import { MemoryWorkbook } from '../../../core/port/memory-workbook.js';
import { move } from '../../../core/usecases/move.js';
import { refresh } from '../../../core/usecases/refresh.js';
import { journeyRegister, PEOPLE } from '../../support/index.js';

const clock = () => new Date('2027-07-01T09:00:00.000Z');
const typed = fc.oneof(
  fc.constantFrom('1,200', ' 12 % ', 'tbd', '31.03.2027', 'see notes'),
  fc.string({ maxLength: 8 }),
);

describe('hand edits survive PlanGate writes', () => {
  it('every cell typed into other rows and user columns is written back exactly as typed', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({ row: fc.constantFrom(2, 3), col: fc.integer({ min: 1, max: 26 }), value: typed }),
          {
            minLength: 1,
            maxLength: 8,
          },
        ),
        fc.boolean(),
        async (edits, viaMove) => {
          const workbook = new MemoryWorkbook();
          const register = journeyRegister();
          register.extraColumns = ['My notes'];
          for (const i of register.initiatives) i.extra = { 'My notes': null };
          await workbook.write({ sheets: encodeRegister(register, null) });
          const header = workbook.grid(SHEETS.register)![0];
          // Column 26 (0-based) is the user's "My notes"; edits never touch ID (0).
          expect(header[26]).toBe('My notes');
          for (const { row, col, value } of edits) workbook.setCell(SHEETS.register, row, col, value);
          const before = workbook.grid(SHEETS.register)!;
          if (viaMove) {
            await move(
              { port: workbook, clock },
              { id: 'CAMP-01', kind: 'up', reason: '' },
              { name: PEOPLE.owner, kind: 'declared' },
            );
          } else {
            await refresh({ port: workbook, clock });
          }
          const after = workbook.grid(SHEETS.register)!;
          for (const { row, col } of edits) expect(after[row][col]).toEqual(before[row][col]);
        },
      ),
      { numRuns: 40 },
    );
  });
});
