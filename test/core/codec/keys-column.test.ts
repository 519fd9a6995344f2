import { describe, expect, it } from 'vitest';
import { importActuals } from '../../../core/actuals/import-actuals.js';
import { decodeRegister } from '../../../core/codec/decode-register.js';
import { encodeRegister } from '../../../core/codec/encode-register.js';
import { columnLetter, type Grid } from '../../../core/model/cell.js';
import { PG_SHEETS, SHEETS } from '../../../core/model/sheets.js';
import { MemoryWorkbook } from '../../../core/port/memory-workbook.js';
import { registerBuilder } from '../../support/index.js';

const TODAY = { today: '2027-03-31' };

async function written(keys: string[]) {
  const register = registerBuilder().initiative('CAMP-01', { keys }).initiative('CAMP-02').build();
  const workbook = new MemoryWorkbook();
  await workbook.write({ sheets: encodeRegister(register, null) });
  const grid = workbook.grid(SHEETS.register)!;
  const column = grid[0].indexOf('Keys');
  return { workbook, grid, column, cell: grid[1][column] };
}

describe('the Keys column of PG Register', () => {
  it('writes a key holding a comma in quotes and reads it back as one key', async () => {
    const { workbook, cell } = await written(['Müller, Hans GmbH', 'CAMP-7', 'Say "hi"']);
    expect(cell).toBe('"Müller, Hans GmbH", CAMP-7, Say "hi"');
    const decoded = decodeRegister(await workbook.read(PG_SHEETS), TODAY);
    expect(decoded.problems).toEqual([]);
    expect(decoded.register.initiatives[0].keys).toEqual(['Müller, Hans GmbH', 'CAMP-7', 'Say "hi"']);
  });

  it('keeps plain keys as they always were written', async () => {
    expect((await written(['7011A', 'CC-400'])).cell).toBe('7011A, CC-400');
  });

  it('reads keys typed by hand with quotes, semicolons and autocorrected quotes', async () => {
    const { grid, column } = await written(['x']);
    const typed: Grid = grid.map((row) => [...row]);
    typed[1][column] = '„Müller, Hans GmbH“; CAMP-7';
    const decoded = decodeRegister(
      { sheetNames: [SHEETS.register], grids: { [SHEETS.register]: typed } },
      TODAY,
    );
    expect(decoded.problems).toEqual([]);
    expect(decoded.register.initiatives[0].keys).toEqual(['Müller, Hans GmbH', 'CAMP-7']);
  });

  it('names the cell of a quote that is never closed, and still reads the other keys', async () => {
    const { grid, column } = await written(['x']);
    const typed: Grid = grid.map((row) => [...row]);
    typed[1][column] = '"Müller, Hans GmbH, CAMP-7';
    const decoded = decodeRegister(
      { sheetNames: [SHEETS.register], grids: { [SHEETS.register]: typed } },
      TODAY,
    );
    expect(decoded.problems).toEqual([
      {
        sheet: SHEETS.register,
        cell: `${columnLetter(column)}2`,
        message:
          'Keys: the quote at "Müller, Hans GmbH, CAMP-7 is never closed: add a closing quote after the key, or remove this one.',
      },
    ]);
    expect(decoded.register.initiatives[0].keys).toEqual(['"Müller', 'Hans GmbH', 'CAMP-7']);
  });

  it('lets an export row whose key holds a comma book on the initiative', async () => {
    const { workbook } = await written(['Müller, Hans GmbH']);
    const { register } = decodeRegister(await workbook.read(PG_SHEETS), TODAY);
    const result = importActuals(
      register,
      {
        sheetNames: ['CRM'],
        grids: {
          CRM: [
            ['Account', 'Close date', 'Amount'],
            ['Müller, Hans GmbH', '2027-02-10', 1200],
            ['müller,  hans gmbh ', '2027-02-11', 300],
          ],
        },
      },
      { now: '2027-03-01T00:00:00.000Z', actor: { name: 'Dana', kind: 'declared' } },
    );
    expect(result.error).toBeNull();
    expect(result.report.unmatched).toEqual([]);
    expect(result.register.initiatives[0].actual[1]).toBe(1500);
  });
});
