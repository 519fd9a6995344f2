import { describe, expect, it } from 'vitest';
import { importActuals } from '../../../core/actuals/import-actuals.js';
import type { ActualsOptions } from '../../../core/actuals/actuals-types.js';
import { OVERRUN_MULTIPLE } from '../../../core/actuals/overrun-warnings.js';
import type { Register } from '../../../core/model/register.js';
import { readWorkbookFile } from '../../../io/read-workbook-file.js';
import { initiativeFixture, registerFixture } from '../merge/register-fixture.js';

const OPTIONS: ActualsOptions = {
  now: '2027-04-02T09:00:00.000Z',
  actor: { name: 'Dana', kind: 'declared' },
};
// As of 2027-03-31 (the fixture's settings): January to March are to date, April is not.
const PERIODS = ['2027-01', '2027-02', '2027-03', '2027-04'];

function register(): Register {
  return registerFixture(PERIODS, [
    initiativeFixture('CAMP-01', 'Webinars', [1000, 2000, 3000, 4000], { keys: ['Spring Webinars'] }),
    initiativeFixture('CAMP-02', 'Partner push', [null, 0, null, 900], { keys: ['Partner Search'] }),
    initiativeFixture('CAMP-03', 'Events', [100, 100, 100, 100], { keys: ['Booth'] }),
  ]);
}

async function csv(text: string) {
  return readWorkbookFile('export.csv', new TextEncoder().encode(text));
}

const actual = (r: Register, id: string) => [...r.initiatives.find((i) => i.id === id)!.actual];
const ALL_TIME = (rows: string[]) => ['Campaign report', 'All time', 'Campaign,Cost', ...rows].join('\n');

describe("importActuals with spread: 'plan'", () => {
  it('books a dateless total over the plan up to the as-of period, in proportion and to the cent', async () => {
    const result = importActuals(register(), await csv(ALL_TIME(['Spring Webinars,1000.01'])), {
      ...OPTIONS,
      spread: 'plan',
    });
    expect(result.error).toBeNull();
    // Plan 1000 : 2000 : 3000 up to March: 166.67 and 333.34 rounded, March takes the rest; April is not touched.
    expect(actual(result.register, 'CAMP-01')).toEqual([166.67, 333.34, 500, NaN]);
    expect(result.report.periods).toEqual(['2027-01', '2027-02', '2027-03']);
    expect(result.report.total).toBe(1000.01);
  });

  it('makes parts that add up exactly when the shares do not divide evenly', async () => {
    const result = importActuals(register(), await csv(ALL_TIME(['Booth,100'])), {
      ...OPTIONS,
      spread: 'plan',
    });
    const parts = actual(result.register, 'CAMP-03');
    expect(parts).toEqual([33.33, 33.33, 33.34, NaN]);
    expect(Math.round(parts.slice(0, 3).reduce((a, b) => a + b, 0) * 100)).toBe(10000);
  });

  it('refuses a row whose initiative has no plan up to the as-of period, naming row and initiative', async () => {
    const result = importActuals(register(), await csv(ALL_TIME(['Partner Search,500'])), {
      ...OPTIONS,
      spread: 'plan',
    });
    expect(actual(result.register, 'CAMP-02')).toEqual([NaN, NaN, NaN, NaN]);
    expect(result.report.unchanged).toBe(true);
    expect(result.excluded).toEqual([
      {
        row: 4,
        reason:
          'Row 4 has no period and CAMP-02 "Partner push" has no plan up to the as-of period (2027-03-31) to spread it over: not booked. Export the report by month, or book it in one period with --period YYYY-MM if it is that period\'s amount.',
      },
    ]);
  });

  it('spreads only the rows without a date when the export has a date column', async () => {
    const text = ['Campaign,Date,Amount', 'Spring Webinars,2027-04-10,50', 'Booth,,300'].join('\n');
    const result = importActuals(register(), await csv(text), { ...OPTIONS, spread: 'plan' });
    expect(actual(result.register, 'CAMP-01')).toEqual([0, 0, 0, 50]);
    expect(actual(result.register, 'CAMP-03')).toEqual([100, 100, 100, 0]);
  });
});

describe('the warning when actuals push an estimate past a multiple of plan', () => {
  it('names the initiative, the estimate, the plan total and the multiple, and still books', async () => {
    // A year's 18,000 booked in March: estimate 1,000 + 2,000 + 18,000 + 4,000 against a plan of 10,000.
    const result = importActuals(register(), await csv(ALL_TIME(['Spring Webinars,18000'])), {
      ...OPTIONS,
      period: '2027-03',
    });
    expect(actual(result.register, 'CAMP-01')).toEqual([NaN, NaN, 18000, NaN]);
    expect(OVERRUN_MULTIPLE).toBe(1.5);
    expect(result.warnings).toContainEqual({
      sheet: null,
      cell: null,
      message:
        'These actuals take the estimate at completion of CAMP-01 "Webinars" to 25,000 EUR, 2.5 × its plan total of 10,000 EUR (more than 1.5 ×). The actuals are booked anyway: check that no year or "All time" total went into one period (spread such totals over the plan with --spread plan) and that the amount column is right.',
    });
  });

  it('does not warn when the same total is spread over the plan', async () => {
    const result = importActuals(register(), await csv(ALL_TIME(['Spring Webinars,6000'])), {
      ...OPTIONS,
      spread: 'plan',
    });
    expect(actual(result.register, 'CAMP-01')).toEqual([1000, 2000, 3000, NaN]);
    expect(result.warnings.filter((w) => w.message.includes('estimate at completion'))).toEqual([]);
  });
});
