import { describe, expect, it } from 'vitest';
import { importActuals } from '../../core/actuals/import-actuals.js';
import { initiativeFixture, registerFixture } from '../core/merge/register-fixture.js';
import { hasCorpus, readCorpus } from './corpus-files.js';

const OPTIONS = { now: '2027-04-02T09:00:00.000Z', actor: { name: 'Dana', kind: 'declared' as const } };
const MONTHS: string[] = [];
for (let y = 2019; y <= 2030; y++)
  for (let m = 1; m <= 12; m++) MONTHS.push(`${y}-${String(m).padStart(2, '0')}`);

describe.skipIf(!hasCorpus)('actuals import of the Salesforce opportunity export', () => {
  it('books only won deals of the opportunities a register names, and sums up the rest in one line', async () => {
    const read = await readCorpus('salesforce_opportunity_export_prodly.csv');
    const sheet = read.sheetNames[0];
    const header = read.grids[sheet][0];
    const guid = header.indexOf('Guid');
    const stage = header.indexOf('StageName');
    const won = read.grids[sheet].slice(1).filter((r) => r[stage] === 'Closed Won');
    const lost = read.grids[sheet].slice(1).find((r) => r[stage] === 'Closed Lost')!;
    const keys = [...won.slice(0, 3).map((r) => String(r[guid])), String(lost[guid])];
    const register = registerFixture(
      MONTHS,
      keys.map((k, i) =>
        initiativeFixture(
          `OPP-${i + 1}`,
          `Deal ${i + 1}`,
          MONTHS.map(() => 0),
          { keys: [k] },
        ),
      ),
    );
    const result = importActuals(register, read, OPTIONS);
    expect(result.error).toBeNull();
    expect(result.mapping).toMatchObject({ key: { header: 'Guid' }, amount: { header: 'Amount' } });
    expect(result.mapping?.stage).toMatchObject({ header: 'StageName', won: ['Closed Won'] });
    expect(result.problems).toEqual([]);
    expect(result.report.matchedRows).toBe(3);
    expect(result.report.updatedInitiatives).toBe(3);
    // The lost deal is named in the register but never booked.
    expect(result.register.initiatives[3].actual.every((v) => Number.isNaN(v) || v === 0)).toBe(true);
    expect(result.excluded.filter((e) => /not won/.test(e.reason))).toHaveLength(741 - won.length);
    expect(result.report.unmatched).toHaveLength(won.length - 3);
    const summary = result.warnings.find((w) => /match(es)? no initiative/.test(w.message));
    expect(summary?.sheet).toBe(sheet);
    expect(summary?.cell).toMatch(new RegExp(`^${String.fromCharCode(65 + guid)}\\d+$`));
    expect(summary?.message).toMatch(
      new RegExp(
        `^${won.length - 3} rows \\([\\d,.]+ in all\\) match no initiative: ${won.length - 3} different values of 'Guid', first row \\d+ "`,
      ),
    );
  });
});
