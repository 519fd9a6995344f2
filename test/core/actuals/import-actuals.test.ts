import { describe, expect, it } from 'vitest';
import { importActuals } from '../../../core/actuals/import-actuals.js';
import type { ActualsOptions } from '../../../core/actuals/actuals-types.js';
import type { Register } from '../../../core/model/register.js';
import { readWorkbookFile } from '../../../io/read-workbook-file.js';
import { initiativeFixture, registerFixture } from '../merge/register-fixture.js';

const OPTIONS: ActualsOptions = {
  now: '2027-04-02T09:00:00.000Z',
  actor: { name: 'Dana', kind: 'declared' },
};
const Q1 = ['2027-01', '2027-02', '2027-03'];

function register(): Register {
  return registerFixture(Q1, [
    initiativeFixture('CAMP-01', 'Webinars', [1000, 1000, 1000], { keys: ['7011A', 'CC-400'] }),
    initiativeFixture('CAMP-02', 'Partner push', [500, 500, 500], { keys: ['7022B', 'CC-400'] }),
    initiativeFixture('CAMP-03', 'Events', [800, 800, 800]),
  ]);
}

async function csv(text: string, name = 'export.csv') {
  return readWorkbookFile(name, new TextEncoder().encode(text));
}

const actual = (r: Register, id: string) => [...r.initiatives.find((i) => i.id === id)!.actual];

describe('importActuals, long exports', () => {
  const LONG = [
    'Campaign ID,Date,Amount',
    '7011A,2027-01-15,"1,200.50"',
    '7011a ,2027-01-28,300',
    'CAMP-03,2027-02-03,700',
    '7011A,2027-03-01,(100)',
    '9999,2027-02-10,55',
    'CC-400,2027-02-11,40',
    ',2027-02-12,12',
  ].join('\n');

  it('sums per period by ID or Keys entry and lists unmatched and ambiguous rows with their source rows', async () => {
    const result = importActuals(register(), await csv(LONG), OPTIONS);
    expect(result.error).toBeNull();
    expect(result.mapping).toMatchObject({ headerRow: 1, layout: 'long', key: { header: 'Campaign ID' } });
    expect(actual(result.register, 'CAMP-01')).toEqual([1500.5, 0, -100]);
    expect(actual(result.register, 'CAMP-03')).toEqual([0, 700, 0]);
    expect(actual(result.register, 'CAMP-02')).toEqual([NaN, NaN, NaN]);
    expect(result.report).toMatchObject({
      matchedRows: 4,
      periods: Q1,
      total: 2100.5,
      updatedInitiatives: 2,
      unchanged: false,
      unmatched: [
        { row: 6, key: '9999', amount: 55 },
        { row: 8, key: '', amount: 12 },
      ],
      ambiguous: [{ row: 7, key: 'CC-400', candidates: ['CAMP-01', 'CAMP-02'] }],
    });
    expect(result.events.map((e) => e.action)).toEqual(['import']);
  });

  it('changes nothing when the same export is imported twice', async () => {
    const read = await csv(LONG);
    const first = importActuals(register(), read, OPTIONS);
    const second = importActuals(first.register, read, OPTIONS);
    expect(second.report.unchanged).toBe(true);
    expect(second.report.updatedInitiatives).toBe(0);
    expect(second.events).toEqual([]);
    expect(second.register).toBe(first.register);
  });

  it('replaces, never adds: a deal moved to another month moves its amount', async () => {
    const first = importActuals(
      register(),
      await csv('ID,Month,Revenue\nCAMP-03,2027-02,700\nCAMP-01,2027-03,5'),
      OPTIONS,
    );
    const moved = importActuals(
      first.register,
      await csv('ID,Month,Revenue\nCAMP-03,2027-03,700\nCAMP-01,2027-02,5'),
      OPTIONS,
    );
    expect(actual(moved.register, 'CAMP-03')).toEqual([NaN, 0, 700]);
    expect(moved.report.periods).toEqual(['2027-02', '2027-03']);
  });

  it('excludes rows outside the register periods, in another currency, or without a date, and says why', async () => {
    const text = [
      'Key,Posting date,Amount,Currency',
      '7011A,2026-12-30,10,EUR',
      '7011A,2027-01-05,20,USD',
      '7011A,,30,EUR',
      '7011A,soon,40,EUR',
      '7011A,05.01.2027,50,EUR',
    ].join('\n');
    const result = importActuals(register(), await csv(text), OPTIONS);
    expect(result.excluded).toEqual([
      {
        row: 2,
        reason:
          "2026-12 is outside the register's periods (2027-01 … 2027-03); convert a plan that covers it to book it.",
      },
      { row: 3, reason: 'Amount is in USD; the register reports in EUR. Convert the export first.' },
      { row: 4, reason: 'No date in Posting date.' },
      {
        row: 5,
        reason:
          '"soon" in B5 is not a date or period: type a date such as 2027-03-15 or a month such as 2027-03.',
      },
    ]);
    expect(actual(result.register, 'CAMP-01')).toEqual([50, NaN, NaN]);
    // One warning per kind, at the cell that decided it, saying what to do.
    expect(result.report.warnings).toEqual([
      {
        sheet: 'export',
        cell: 'B2',
        message:
          "1 row has amounts in 2026-12, outside the register's periods (2027-01 … 2027-03): 10 in all, first row 2. It is not booked: convert a plan that covers those periods, then import again.",
      },
      {
        sheet: 'export',
        cell: 'D3',
        message:
          "1 row is in another currency than the register's EUR (USD: 1), first row 3. It is not booked: convert those amounts to EUR in the export, then import again.",
      },
      {
        sheet: 'export',
        cell: 'B5',
        message:
          '1 row has a date PlanGate cannot read in \'Posting date\', first "soon" on row 5. It is not booked: type a date such as 2027-03-15 or a month such as 2027-03, then import again.',
      },
      {
        sheet: 'export',
        cell: 'B4',
        message:
          "1 row has no date in 'Posting date', first row 4. It is not booked: fill in the date, then import again.",
      },
    ]);
    expect(result.report.excluded).toEqual(result.excluded);
  });

  it('reports an unreadable amount with its cell', async () => {
    const result = importActuals(
      register(),
      await csv('ID,Date,Amount\nCAMP-01,2027-01-02,abc\nCAMP-01,2027-01-03,5\nCAMP-01,2027-01-04,1'),
      OPTIONS,
    );
    expect(result.problems).toEqual([
      { sheet: 'export', cell: 'C2', message: expect.stringContaining('"abc"') as string },
    ]);
    expect(result.excluded).toEqual([{ row: 2, reason: 'Amount unreadable: see the problems listed.' }]);
    expect(actual(result.register, 'CAMP-01')).toEqual([6, NaN, NaN]);
    expect(result.report.warnings).toEqual(result.problems);
  });
});

describe('importActuals, CRM and ad-platform exports', () => {
  it('books only won deals of a CRM export with a stage column', async () => {
    const text = [
      '"Guid","AccountId","Amount","CloseDate","StageName"',
      'g1,7011A,32395.00000002,2027-02-25,Closed Won',
      'g2,7011A,5000.0,2027-02-26,Closed Lost',
      'g3,7011A,7000.0,2027-03-02,Needs Analysis',
    ].join('\n');
    const result = importActuals(register(), await csv(text), OPTIONS);
    expect(result.mapping).toMatchObject({
      key: { header: 'AccountId' },
      amount: { header: 'Amount' },
      period: { header: 'CloseDate' },
    });
    expect(actual(result.register, 'CAMP-01')).toEqual([NaN, 32395, 0]);
    expect(result.excluded).toEqual([
      { row: 3, reason: 'StageName is "Closed Lost", not won: only won deals are actuals.' },
      { row: 4, reason: 'StageName is "Needs Analysis", not won: only won deals are actuals.' },
    ]);
  });

  const ADS = [
    'Campaign report',
    'All time',
    'Campaign status,Campaign,Budget,Impr.,Currency code,Avg. cost,Cost,Conversions',
    'Enabled,Spring Webinars,5.00,"1,356,884",EUR,2.19,"50,252.14","4,838.80"',
    'Paused,Partner Search,4.00,"795,836",EUR,0.29,2691.41,22.00',
    'Paused,Brand,4.00,"795,836",EUR,0.29,100.00,22.00',
    ' --,Total: Campaigns,13.00,"2,947,556",EUR,0.5,"53,043.55",--',
  ].join('\n');

  it('asks for a period when an ad report has no dates, naming its title', async () => {
    const reg = register();
    reg.initiatives[0].keys = ['Spring Webinars'];
    reg.initiatives[1].keys = ['Partner Search'];
    const result = importActuals(reg, await csv(ADS), OPTIONS);
    expect(result.error).toBe(
      'Sheet "export" has no date or period column (its title says "Campaign report · All time"), so PlanGate cannot tell which month the amounts belong to. Spread the amounts over each initiative\'s plan up to the as-of period with --spread plan, or export the report broken down by month or day. (--period YYYY-MM books every amount in that one period: only for an export of that period alone, never for a year or "All time" total.)',
    );
    expect(result.register).toBe(reg);
  });

  it('books an ad report in the chosen period, skips totals, and warns that Cost is spend', async () => {
    const reg = register();
    reg.initiatives[0].keys = ['Spring Webinars'];
    reg.initiatives[1].keys = ['Partner Search'];
    const result = importActuals(reg, await csv(ADS), { ...OPTIONS, period: '2027-03' });
    expect(result.mapping).toMatchObject({
      headerRow: 3,
      key: { header: 'Campaign' },
      amount: { header: 'Cost' },
    });
    expect(actual(result.register, 'CAMP-01')).toEqual([NaN, NaN, 50252.14]);
    expect(actual(result.register, 'CAMP-02')).toEqual([NaN, NaN, 2691.41]);
    expect(result.report.unmatched).toEqual([{ row: 6, key: 'Brand', amount: 100 }]);
    expect(result.excluded).toEqual([
      { row: 7, reason: 'Totals row ("Total: Campaigns"): totals are never booked.' },
    ]);
    expect(result.warnings[0]).toEqual({
      sheet: 'export',
      cell: 'G3',
      message:
        'Unsure: "Cost" holds numbers and the header names spend, which is a benefit only for cost initiatives. Check it, or name the column yourself.',
    });
  });

  it('honours a column the user names, and says which columns exist when the name is wrong', async () => {
    const reg = register();
    reg.initiatives[0].keys = ['Spring Webinars'];
    const chosen = importActuals(reg, await csv(ADS), {
      ...OPTIONS,
      period: '2027-01',
      amountColumn: 'conversions',
    });
    expect(actual(chosen.register, 'CAMP-01')).toEqual([4838.8, NaN, NaN]);
    const wrong = importActuals(reg, await csv(ADS), {
      ...OPTIONS,
      period: '2027-01',
      amountColumn: 'Revenue',
    });
    expect(wrong.error).toBe(
      'Sheet "export" has no column "Revenue" for the amount. Its columns are: Campaign status, Campaign, Budget, Impr., Currency code, Avg. cost, Cost, Conversions.',
    );
  });

  it('reads wide exports with one column per month and ignores their total column', async () => {
    const text = [
      'Kostenstelle;Jan 2027;Feb 2027;Mrz 2027;Summe',
      'CAMP-03;1.200,50;800;;2.000,50',
      'Summe;1.200,50;800;;2.000,50',
    ].join('\n');
    const result = importActuals(register(), await csv(text), OPTIONS);
    expect(result.mapping).toMatchObject({
      layout: 'wide',
      periodColumns: [{ period: '2027-01' }, { period: '2027-02' }, { period: '2027-03' }],
    });
    expect(actual(result.register, 'CAMP-03')).toEqual([1200.5, 800, 0]);
    expect(result.excluded).toEqual([{ row: 3, reason: 'Totals row ("Summe"): totals are never booked.' }]);
  });

  it('explains what to do when no column names an initiative', async () => {
    const result = importActuals(register(), await csv('Name,Date,Amount\nFoo,2027-01-01,5'), OPTIONS);
    expect(result.error).toContain(
      'No column of sheet "export" holds an initiative ID or a Keys entry of the register',
    );
    expect(result.error).toContain('Keys column of PG Register, or name the column with --key');
  });
});

describe('importActuals, #N/A', () => {
  const rows = [
    ['Campaign ID', 'Date', 'Amount'],
    ['7011A', '2027-01-15', '400'],
    ['7011A', '2027-02-15', '#N/A'],
  ];

  it('reads #N/A in a CSV export as no value, noted once, not as a problem', async () => {
    const result = importActuals(register(), await csv(rows.map((r) => r.join(',')).join('\n')), OPTIONS);
    expect(result.problems).toEqual([]);
    expect(actual(result.register, 'CAMP-01')).toEqual([400, 0, NaN]);
    expect(result.excluded).toEqual([{ row: 3, reason: 'No amount.' }]);
    expect(result.report.warnings).toEqual([
      {
        sheet: 'export',
        cell: 'C3',
        message: '1 amount cell shows #N/A, which this export writes for "no value": read as blank.',
      },
    ]);
  });

  it('reports a #N/A error cell of a workbook as a problem: it is a broken formula', () => {
    const read = { sheetNames: ['Export'], grids: { Export: rows } };
    const result = importActuals(register(), read, OPTIONS);
    expect(result.problems).toEqual([
      {
        sheet: 'Export',
        cell: 'C3',
        message:
          'The cell shows the spreadsheet error #N/A: fix the formula behind it, or type a number or clear the cell',
      },
    ]);
    expect(result.excluded).toEqual([{ row: 3, reason: 'Amount unreadable: see the problems listed.' }]);
    expect(result.report.warnings).toEqual(result.problems);
  });
});

describe('importActuals, unmatched rows', () => {
  it('sums up the rows that match no initiative in one line: counts, different keys, first rows', async () => {
    const lines = ['Account,Date,Amount', '7011A,2027-01-15,100'];
    for (let k = 0; k < 8; k++) lines.push(`ACC-${k % 3},2027-02-0${k + 1},32395.00000002`);
    const result = importActuals(register(), await csv(lines.join('\n')), OPTIONS);
    expect(result.report.unmatched).toHaveLength(8);
    expect(result.report.unmatched[0]).toEqual({ row: 3, key: 'ACC-0', amount: 32395 });
    expect(result.report.warnings).toEqual([
      {
        sheet: 'export',
        cell: 'A3',
        message: `8 rows (259,160 in all) match no initiative: 3 different values of 'Account', first row 3 "ACC-0", row 4 "ACC-1", row 5 "ACC-2", row 6 "ACC-0", row 7 "ACC-1" …. Add those keys to the Keys column of PG Register to book them.`,
      },
    ]);
  });
});

describe('importActuals, warnings for the user', () => {
  it('names the key cell of rows whose key belongs to two initiatives', async () => {
    const result = importActuals(
      register(),
      await csv('Key,Date,Amount\nCAMP-03,2027-01-02,5\nCC-400,2027-01-03,7\ncc-400,2027-02-03,8'),
      OPTIONS,
    );
    expect(result.report.warnings).toEqual([
      {
        sheet: 'export',
        cell: 'A3',
        message:
          '2 rows name a key that belongs to more than one initiative, first row 3 "CC-400" (CAMP-01, CAMP-02), row 4 "cc-400" (CAMP-01, CAMP-02). They are not booked: keep each key on one initiative only in the Keys column of PG Register, then import again.',
      },
    ]);
  });

  it('says no row could be booked when every row was left out', async () => {
    const result = importActuals(register(), await csv('ID,Date,Amount\nCAMP-01,2026-05-01,5'), OPTIONS);
    expect(result.report.matchedRows).toBe(0);
    expect(result.report.warnings?.map((w) => [w.cell, w.message.slice(0, 40)])).toEqual([
      [null, 'No row of the export could be booked: th'],
      ['B2', '1 row has amounts in 2026-05, outside th'],
    ]);
  });

  it('lists ten unreadable cells, then counts the rest, instead of one line per broken row', async () => {
    const lines = ['ID,Date,Amount', 'CAMP-01,2027-01-01,5'];
    for (let k = 0; k < 14; k++) lines.push(`CAMP-03,2027-01-0${(k % 9) + 1},abc${k}`);
    const result = importActuals(register(), await csv(lines.join('\n')), {
      ...OPTIONS,
      amountColumn: 'Amount',
    });
    const warnings = result.report.warnings!;
    expect(result.problems).toHaveLength(14);
    expect(warnings).toHaveLength(11);
    expect(warnings[0]).toEqual(result.problems[0]);
    expect(warnings[0].cell).toBe('C3');
    expect(warnings[10]).toEqual({
      sheet: 'export',
      cell: null,
      message: '… and 4 more cells that could not be read: fix them in the export, then import again.',
    });
  });

  it('names the month column of a wide export whose month lies outside the register', async () => {
    const result = importActuals(
      register(),
      await csv('Key,Dec 2026,Jan 2027\nCAMP-03,100,200\nCAMP-01,1,2'),
      OPTIONS,
    );
    expect(actual(result.register, 'CAMP-03')).toEqual([200, NaN, NaN]);
    expect(result.report.warnings).toEqual([
      {
        sheet: 'export',
        cell: 'B1',
        message:
          "2 rows have amounts in 2026-12, outside the register's periods (2027-01 … 2027-03): 101 in all, first row 2. They are not booked: convert a plan that covers those periods, then import again.",
      },
    ]);
  });

  it('tells how to quote an unmatched key that holds a comma', async () => {
    const result = importActuals(
      register(),
      await csv('Account,Date,Amount\nCAMP-01,2027-01-01,5\n"Müller, Hans GmbH",2027-01-02,9'),
      OPTIONS,
    );
    expect(result.report.warnings?.[0].message).toContain(
      'A key with a comma or semicolon goes into Keys in double quotes: "Müller, Hans GmbH".',
    );
  });
});
