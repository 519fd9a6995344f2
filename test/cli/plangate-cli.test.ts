import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeRegister } from '../../core/codec/index.js';
import { TOTAL_FIELDS } from '../../core/metrics/portfolio-totals.js';
import { SHEETS } from '../../core/model/sheets.js';
import { readWorkbookFile } from '../../io/read-workbook-file.js';
import type { ActualsJson } from '../../cli/actuals-output.js';
import type { InspectJson } from '../../cli/commands/inspect.js';
import type { ReportJson } from '../../cli/rollup.js';
import { PLAN_ROWS, writeCrmCsv, writePlanXlsx } from './plan-fixtures.js';
import { plangate, plangateBin, tempDir } from './run-plangate.js';

const SLOW = 180_000;
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const readBack = async (path: string) => readWorkbookFile(path, new Uint8Array(readFileSync(path)));
const decode = async (path: string) => decodeRegister(await readBack(path), { today: '2027-03-31' }).register;

describe('plangate inspect → convert → report', () => {
  let dir: string;
  let plan: { path: string; total: number };
  beforeAll(async () => {
    dir = tempDir();
    plan = await writePlanXlsx(dir);
    expect(plangate(dir, 'convert', 'plan.xlsx', '-o', 'register.xlsx').code).toBe(0);
  }, SLOW);

  it('inspect --json finds the plan: header row, initiatives, periods, mapping with reasons, the totals row left out', () => {
    const run = plangate(dir, 'inspect', 'plan.xlsx', '--json');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as InspectJson;
    expect(Object.keys(json)).toEqual(['file', 'tables', 'warnings']);
    const table = json.tables.find((t) => t.sheet === 'Marketing Plan 2027')!;
    expect(Object.keys(table)).toEqual([
      'sheet',
      'headerRow',
      'initiatives',
      'periods',
      'mapping',
      'excluded',
      'excludedRows',
      'warnings',
      'questions',
    ]);
    expect(table).toMatchObject({
      headerRow: 3,
      initiatives: 3,
      periods: ['2027-01', '2027-02', '2027-03', '2027-04'],
    });
    expect(table.mapping.name).toMatchObject({ header: 'Campaign' });
    expect(Object.keys(table.mapping.owner)).toEqual(['header', 'confidence', 'reason']);
    expect(table.excluded.map((e) => e.row)).toContain(8);
  });

  it('convert writes a register whose plan total equals the source totals row, keeping the user sheets', async () => {
    const run = plangate(dir, 'report', 'register.xlsx', '--json');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as ReportJson;
    expect(report.portfolio.planTotal).toBe(plan.total);
    expect(report.initiatives.map((i) => [i.name, i.planTotal])).toEqual(
      PLAN_ROWS.map((r) => [r.name, r.plan.reduce((a, b) => a + b, 0)]),
    );
    const source = await readBack(plan.path);
    const written = await readBack(join(dir, 'register.xlsx'));
    expect(written.sheetNames.slice(0, 2)).toEqual(['Marketing Plan 2027', 'Notes']);
    expect(written.grids.Notes).toEqual(source.grids.Notes);
    expect(written.grids['Marketing Plan 2027']).toEqual(source.grids['Marketing Plan 2027']);
    expect(written.sheetNames).toEqual(
      expect.arrayContaining([SHEETS.register, SHEETS.plan, SHEETS.audit, SHEETS.portfolio]),
    );
  });

  it('report --json has the documented shape with camelCase metrics and flags with reasons', () => {
    const report = JSON.parse(
      plangate(dir, 'report', 'register.xlsx', '--as-of', '2027-02-28', '--json').stdout,
    ) as ReportJson;
    expect(report.asOf).toBe('2027-02-28');
    expect(report.currency).toMatch(/^[A-Z]{3}$/);
    expect(Object.keys(report.portfolio)).toEqual(
      expect.arrayContaining([...TOTAL_FIELDS, 'gapToTarget', 'coverage', 'byDoi']),
    );
    expect(report.portfolio.planToDate).toBe(1000 + 2000 + 500 + 500);
    const first = report.initiatives[0];
    for (const key of [
      'id',
      'planTotal',
      'planToDate',
      'actualToDate',
      'variance',
      'realization',
      'estimateAtCompletion',
      'valueAtRisk',
      'valueStatus',
      'weightedValue',
      'flags',
    ]) {
      expect(first).toHaveProperty(key);
    }
  });

  it('prints a short human report with money formatted', () => {
    const run = plangate(dir, 'report', 'register.xlsx', '--as-of', '2027-02-28');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Portfolio as of 2027-02-28 · 3 initiatives');
    expect(run.stdout).toMatch(/Plan total\s+€24,500\.50/);
    expect(run.stdout).toContain('Webinar series');
  });

  it('shows how much of the estimate is assumed on plan when the converted register has no actuals', () => {
    const run = plangate(dir, 'report', 'register.xlsx', '--as-of', '2027-02-28');
    expect(run.code).toBe(0);
    // January and February: 1,000 + 2,000 + 500 + 500 of plan with no actual or forecast.
    expect(run.stdout).toMatch(
      /of which assumed on plan\s+€4,000\.00 \(past months with no actual or forecast\)/,
    );
    const report = JSON.parse(
      plangate(dir, 'report', 'register.xlsx', '--as-of', '2027-02-28', '--json').stdout,
    ) as ReportJson;
    expect(report.portfolio.assumedOnPlan).toBe(4000);
    expect(report.initiatives.map((i) => [i.name, i.assumedOnPlan])).toEqual([
      ['Webinar series', 3000],
      ['Partner push', 1000],
      ['Trade fair', 0],
    ]);
    // A converted plan starts at DoI 0 and missing actuals concerns plans past the freeze level.
    expect(report.initiatives.flatMap((i) => i.flags.map((f) => f.code))).not.toContain('missingActuals');
  });
});

describe('plangate re-import and actuals', () => {
  it(
    'importing the same plan twice changes nothing; a changed plan updates and adds',
    async () => {
      const dir = tempDir();
      await writePlanXlsx(dir);
      expect(plangate(dir, 'convert', 'plan.xlsx', '-o', 'register.xlsx').code).toBe(0);
      const before = sha(join(dir, 'register.xlsx'));
      const again = plangate(dir, 'convert', 'plan.xlsx', '-o', 'register.xlsx');
      expect(again.code).toBe(0);
      expect(again.stdout).toContain('0 added · 0 updated · 3 unchanged · 0 conflicts · 0 skipped');
      expect(again.stdout).toContain('Nothing changed: register.xlsx was left as it was.');
      expect(sha(join(dir, 'register.xlsx'))).toBe(before);

      const changed = PLAN_ROWS.map((r) => ({ ...r, plan: [...r.plan] }));
      changed[1].plan[3] = 900;
      changed.push({
        name: 'Spring mailing',
        owner: 'Dee Owner',
        client: 'Globex',
        keys: 'M-1',
        plan: [0, 100, 100, 0],
      });
      await writePlanXlsx(dir, changed, 'plan-v2.xlsx');
      const v2 = plangate(dir, 'convert', 'plan-v2.xlsx', '-o', 'register.xlsx');
      expect(v2.code).toBe(0);
      expect(v2.stdout).toContain('1 added · 1 updated · 2 unchanged · 0 conflicts · 0 skipped');
      expect(v2.stdout).toMatch(/updated\s+\S+\s+Updated \(source row 6\): plan 2027-04 500 → 900\./);
      const register = await decode(join(dir, 'register.xlsx'));
      expect(register.initiatives.map((i) => i.name)).toEqual([
        ...PLAN_ROWS.map((r) => r.name),
        'Spring mailing',
      ]);
    },
    SLOW,
  );

  it(
    'books actuals by key, lists unmatched rows, and a second import of the same export changes nothing',
    async () => {
      const dir = tempDir();
      await writePlanXlsx(dir);
      writeCrmCsv(dir);
      expect(plangate(dir, 'convert', 'plan.xlsx', '-o', 'register.xlsx').code).toBe(0);
      const first = plangate(dir, 'actuals', 'register.xlsx', 'crm.csv', '-o', 'r2.xlsx');
      expect(first.code).toBe(0);
      expect(first.stdout).toContain(
        '3 rows booked, €2,800.00 over 2027-01 … 2027-02; 2 initiatives changed.',
      );
      // What a user reads: what was booked, then each warning with the export's sheet and cell.
      expect(first.stdout.split('\n').slice(0, 3)).toEqual([
        'Sheet \'crm\', header row 1: key "Campaign ID", date "Close date", amount "Amount"',
        '3 rows booked, €2,800.00 over 2027-01 … 2027-02; 2 initiatives changed.',
        '! crm!A5: 1 row (55 in all) matches no initiative: 1 value of \'Campaign ID\', first row 5 "9999". Add those keys to the Keys column of PG Register to book them.',
      ]);
      expect(first.stdout).toContain('\nWrote r2.xlsx.\n');
      const r2 = await decode(join(dir, 'r2.xlsx'));
      const webinar = r2.initiatives.find((i) => i.name === 'Webinar series')!;
      expect([...webinar.actual]).toEqual([900, 1500, NaN, NaN]);

      const second = plangate(dir, 'actuals', 'r2.xlsx', 'crm.csv', '-o', 'r3.xlsx');
      expect(second.code).toBe(0);
      expect(second.stdout).toContain('0 initiatives changed');
      expect((await readBack(join(dir, 'r3.xlsx'))).grids[SHEETS.actual]).toEqual(
        (await readBack(join(dir, 'r2.xlsx'))).grids[SHEETS.actual],
      );
      expect((await decode(join(dir, 'r3.xlsx'))).audit.length).toBe(r2.audit.length);

      const inPlace = plangate(dir, 'actuals', 'r2.xlsx', 'crm.csv', '-o', 'r2.xlsx');
      expect(inPlace.stdout).toContain('Nothing changed: r2.xlsx was left as it was.');
    },
    SLOW,
  );

  it(
    'exits 1 with what to do when an export names no initiative or has no dates',
    async () => {
      const dir = tempDir();
      await writePlanXlsx(dir);
      expect(plangate(dir, 'convert', 'plan.xlsx', '-o', 'register.xlsx').code).toBe(0);
      writeFileSync(join(dir, 'ads.csv'), 'Campaign report\nAll time\nCampaign,Cost\n7011A,12.50\n');
      const run = plangate(dir, 'actuals', 'register.xlsx', 'ads.csv', '-o', 'out.xlsx');
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(
        'has no date or period column (its title says "Campaign report · All time")',
      );
      const booked = plangate(
        dir,
        'actuals',
        'register.xlsx',
        'ads.csv',
        '-o',
        'out.xlsx',
        '--period',
        '2027-03',
      );
      expect(booked.code).toBe(0);
      expect(booked.stdout).toContain('1 row booked, €12.50 over 2027-03 … 2027-03');
    },
    SLOW,
  );

  it(
    'spreads a dateless "All time" export over the plan with --spread plan, and advises it first',
    async () => {
      const dir = tempDir();
      await writePlanXlsx(dir);
      expect(plangate(dir, 'convert', 'plan.xlsx', '-o', 'register.xlsx').code).toBe(0);
      // The register as of the end of March: January to March are to date.
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(join(dir, 'register.xlsx'));
      wb.getWorksheet(SHEETS.settings)!.eachRow((row) => {
        if (row.getCell(1).value === 'As of') row.getCell(2).value = '2027-03-31';
      });
      await wb.xlsx.writeFile(join(dir, 'register.xlsx'));
      writeFileSync(join(dir, 'ads.csv'), 'Campaign report\nAll time\nCampaign,Cost\n7011A,"6,000.01"\n');

      const refused = plangate(dir, 'actuals', 'register.xlsx', 'ads.csv', '-o', 'out.xlsx');
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(
        "Spread the amounts over each initiative's plan up to the as-of period with --spread plan",
      );
      expect(refused.stderr).not.toContain('book it all in one period');
      const help = plangate(dir, 'actuals', '--help').stdout;
      expect(help).toContain('--spread plan');
      expect(help).not.toContain('exports without dates, e.g. "All time"');

      const spread = plangate(
        dir,
        'actuals',
        'register.xlsx',
        'ads.csv',
        '-o',
        'out.xlsx',
        '--spread',
        'plan',
      );
      expect(spread.code).toBe(0);
      expect(spread.stdout).toContain('1 row booked, €6,000.01 over 2027-01 … 2027-03');
      expect(spread.stdout).not.toContain('estimate at completion');
      const webinar = (await decode(join(dir, 'out.xlsx'))).initiatives.find(
        (i) => i.name === 'Webinar series',
      )!;
      // Plan 1,000 : 2,000 : 3,000 up to March; the cent left over goes to March; April keeps its plan.
      expect([...webinar.actual]).toEqual([1000, 2000, 3000.01, NaN]);

      // A year's total booked in one month takes the estimate far past plan: warned, still written.
      writeFileSync(join(dir, 'year.csv'), 'Campaign report\n2027\nCampaign,Cost\n7011A,15000\n');
      const oneMonth = plangate(
        dir,
        'actuals',
        'register.xlsx',
        'year.csv',
        '-o',
        'one.xlsx',
        '--period',
        '2027-03',
      );
      expect(oneMonth.code).toBe(0);
      expect(oneMonth.stdout).toContain('! These actuals take the estimate at completion of');
      expect(oneMonth.stdout).toContain('2.2 × its plan total of 10,000 EUR');
    },
    SLOW,
  );
});

describe('plangate convert and the currency the sheet names', () => {
  const currencyOf = (dir: string, register: string) =>
    (JSON.parse(plangate(dir, 'report', register, '--json').stdout) as ReportJson).currency;

  it(
    'a new register adopts the currency the plan names and says so; an existing register keeps its own',
    async () => {
      const dir = tempDir();
      await writePlanXlsx(dir, PLAN_ROWS, 'plan-usd.xlsx', 'Marketing plan 2027 (USD)');
      const run = plangate(dir, 'convert', 'plan-usd.xlsx', '-o', 'register.xlsx');
      expect(run.code).toBe(0);
      expect(run.stdout.split('\n').filter((l) => !l.startsWith('Note: '))).toEqual([
        '3 added · 0 updated · 0 unchanged · 0 conflicts · 0 skipped',
        "Plan total 24,500.5; the sheet's own total 'Total' (row 8) shows 24,500.5.",
        "2 source rows not imported (totals, sections, blanks): see 'plangate inspect'.",
        "The sheet's amounts are in USD, so the new register reports in USD. Pass --currency CODE to choose another.",
        'Wrote register.xlsx: 3 initiatives.',
        '',
      ]);
      expect(currencyOf(dir, 'register.xlsx')).toBe('USD');

      // A re-import from a plan in pounds: the register stays in dollars, and the user is told.
      await writePlanXlsx(dir, PLAN_ROWS, 'plan-gbp.xlsx', 'Marketing plan 2027 (GBP)');
      const again = plangate(dir, 'convert', 'plan-gbp.xlsx', '-o', 'register.xlsx');
      expect(again.code).toBe(0);
      const mismatch =
        "! Sheet 'Marketing Plan 2027' has its amounts in GBP (cell A1, 'Marketing plan 2027 (GBP)'), but the register reports in USD and PlanGate does not convert currencies: convert the plan's amounts to USD first, or change the register's currency to GBP in PG Settings if the whole register is in GBP.";
      // Said once, by the core, not once per host check.
      expect(again.stdout.split('\n').filter((l) => l.includes('does not convert'))).toEqual([mismatch]);
      expect(again.stdout).not.toContain('so the new register reports in');
      expect(currencyOf(dir, 'register.xlsx')).toBe('USD');
    },
    SLOW,
  );

  it(
    '--currency wins over the currency the sheet names',
    async () => {
      const dir = tempDir();
      await writePlanXlsx(dir, PLAN_ROWS, 'plan-usd.xlsx', 'Marketing plan 2027 (USD)');
      const run = plangate(dir, 'convert', 'plan-usd.xlsx', '-o', 'register.xlsx', '--currency', 'chf');
      expect(run.code).toBe(0);
      expect(run.stdout).not.toContain('so the new register reports in');
      // The register was told CHF, the sheet says USD: the user is warned that nothing is converted.
      expect(run.stdout).toContain(
        "! Sheet 'Marketing Plan 2027' has its amounts in USD (cell A1, 'Marketing plan 2027 (USD)'), but the register reports in CHF and PlanGate does not convert currencies",
      );
      expect(currencyOf(dir, 'register.xlsx')).toBe('CHF');

      // The default currency typed out is a choice too: the new register stays in euros.
      const euros = plangate(dir, 'convert', 'plan-usd.xlsx', '-o', 'euros.xlsx', '--currency', 'EUR');
      expect(euros.code).toBe(0);
      expect(euros.stdout).not.toContain('so the new register reports in');
      expect(euros.stdout).toContain(
        "has its amounts in USD (cell A1, 'Marketing plan 2027 (USD)'), but the register reports in EUR",
      );
      expect(currencyOf(dir, 'euros.xlsx')).toBe('EUR');
    },
    SLOW,
  );
});

describe('plangate actuals warnings', () => {
  const EXPORT = [
    'Account,Close date,Amount,Currency',
    '7011A,2027-01-15,900,EUR',
    '7022B,2026-11-02,300,EUR',
    '7011A,2027-02-03,100,USD',
    'CC-400,2027-03-01,#N/A,EUR',
    '"Müller, Hans GmbH",2027-03-02,70,EUR',
    '',
  ].join('\n');
  const WARNINGS = [
    {
      sheet: 'crm2',
      cell: 'A6',
      message:
        '1 row (70 in all) matches no initiative: 1 value of \'Account\', first row 6 "Müller, Hans GmbH". Add those keys to the Keys column of PG Register to book them. A key with a comma or semicolon goes into Keys in double quotes: "Müller, Hans GmbH".',
    },
    {
      sheet: 'crm2',
      cell: 'B3',
      message:
        "1 row has amounts in 2026-11, outside the register's periods (2027-01 … 2027-04): 300 in all, first row 3. It is not booked: convert a plan that covers those periods, then import again.",
    },
    {
      sheet: 'crm2',
      cell: 'D4',
      message:
        "1 row is in another currency than the register's EUR (USD: 1), first row 4. It is not booked: convert those amounts to EUR in the export, then import again.",
    },
    {
      sheet: 'crm2',
      cell: 'C5',
      message: '1 amount cell shows #N/A, which this export writes for "no value": read as blank.',
    },
  ];

  it(
    'prints each warning with the export sheet and cell, and the same warnings in --json',
    async () => {
      const dir = tempDir();
      await writePlanXlsx(dir);
      writeFileSync(join(dir, 'crm2.csv'), EXPORT);
      expect(plangate(dir, 'convert', 'plan.xlsx', '-o', 'register.xlsx').code).toBe(0);

      const run = plangate(dir, 'actuals', 'register.xlsx', 'crm2.csv', '-o', 'out.xlsx');
      expect(run.code).toBe(0);
      expect(run.stdout.split('\n').filter((l) => !l.startsWith('Note: '))).toEqual([
        'Sheet \'crm2\', header row 1: key "Account", date "Close date", amount "Amount"',
        '1 row booked, €900.00 over 2027-01 … 2027-03; 1 initiative changed.',
        '3 rows not booked:',
        "  2026-11 is outside the register's periods (2027-01 … 2027-04); convert a plan that covers it to book it. rows 3",
        '  Amount is in USD; the register reports in EUR. Convert the export first. rows 4',
        '  No amount. rows 5',
        ...WARNINGS.map((w) => `! ${w.sheet}!${w.cell}: ${w.message}`),
        'Wrote out.xlsx.',
        '',
      ]);

      const json = plangate(dir, 'actuals', 'register.xlsx', 'crm2.csv', '-o', 'out2.xlsx', '--json');
      expect(json.code).toBe(0);
      const parsed = JSON.parse(json.stdout) as ActualsJson;
      expect(parsed).toMatchObject({
        register: 'register.xlsx',
        export: 'crm2.csv',
        output: 'out2.xlsx',
        currency: 'EUR',
        mapping: {
          sheet: 'crm2',
          headerRow: 1,
          layout: 'long',
          key: 'Account',
          date: 'Close date',
          amount: 'Amount',
        },
        matchedRows: 1,
        total: 900,
        unmatched: [{ row: 6, key: 'Müller, Hans GmbH', amount: 70 }],
        excluded: [
          { row: 3, reason: expect.stringContaining('2026-11') as string },
          { row: 4, reason: expect.stringContaining('USD') as string },
          { row: 5, reason: 'No amount.' },
        ],
        warnings: WARNINGS,
      });
    },
    SLOW,
  );
});

describe('plangate verify and report roll-up', () => {
  it(
    'verify exits 0 on an intact register and 1, naming the row, after a PG Audit cell is changed',
    async () => {
      const dir = tempDir();
      await writePlanXlsx(dir);
      // A plain plan is no register: nothing to vouch for is a finding, not "intact".
      const plain = plangate(dir, 'verify', 'plan.xlsx');
      expect(plain.code).toBe(1);
      expect(plain.stdout).toContain('plan.xlsx: no register.');
      expect(plain.stdout).toContain('plan.xlsx: PG Register: This workbook has no PG Register');
      expect(plangate(dir, 'convert', 'plan.xlsx', '-o', 'register.xlsx').code).toBe(0);
      const ok = plangate(dir, 'verify', 'register.xlsx');
      expect(ok.code).toBe(0);
      // The settings record, then the conversion's events.
      expect(ok.stdout).toContain('register.xlsx: intact — 5 audit events verified');
      expect(ok.stdout).toContain('tamper-evident, not tamper-proof');

      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(join(dir, 'register.xlsx'));
      wb.getWorksheet(SHEETS.audit)!.getCell('B3').value = 'Mallory';
      await wb.xlsx.writeFile(join(dir, 'tampered.xlsx'));
      const broken = plangate(dir, 'verify', 'tampered.xlsx');
      expect(broken.code).toBe(1);
      expect(broken.stdout).toContain('tampered.xlsx: NOT INTACT — 1 finding');
      expect(broken.stdout).toContain('tampered.xlsx: PG Audit A3:J3: PG Audit row 3 was changed');
      const json = JSON.parse(plangate(dir, 'verify', 'tampered.xlsx', '--json').stdout) as {
        intact: boolean;
        firstBroken: { row: number };
      };
      expect(json).toMatchObject({ intact: false, firstBroken: { row: 3 } });
    },
    SLOW,
  );

  it(
    'rolls several registers up into one portfolio grouped by client',
    async () => {
      const dir = tempDir();
      await writePlanXlsx(dir, PLAN_ROWS.slice(0, 2), 'acme.xlsx');
      await writePlanXlsx(dir, PLAN_ROWS.slice(2), 'globex.xlsx');
      expect(plangate(dir, 'convert', 'acme.xlsx', '-o', 'acme-register.xlsx').code).toBe(0);
      expect(plangate(dir, 'convert', 'globex.xlsx', '-o', 'globex-register.xlsx').code).toBe(0);
      const run = plangate(
        dir,
        'report',
        'acme-register.xlsx',
        'globex-register.xlsx',
        '--as-of',
        '2027-03-31',
        '--json',
      );
      expect(run.code).toBe(0);
      const report = JSON.parse(run.stdout) as ReportJson;
      expect(report.registers).toEqual(['acme-register.xlsx', 'globex-register.xlsx']);
      expect(report.portfolio.count).toBe(3);
      expect(report.portfolio.planTotal).toBe(24500.5);
      expect(report.portfolio.byClient.map((c) => [c.client, c.count, c.planTotal])).toEqual([
        ['Globex', 1, 12500.5],
        ['Acme', 2, 12000],
      ]);
    },
    SLOW,
  );
});

describe('plangate usage and errors', () => {
  const dir = tempDir();

  it(
    'shows help for every command and exits 2 on usage errors, 3 on unreadable input',
    () => {
      for (const command of ['inspect', 'convert', 'actuals', 'report', 'verify']) {
        const help = plangate(dir, command, '--help');
        expect(help.code, command).toBe(0);
        expect(help.stdout).toContain(`Usage: plangate ${command}`);
      }
      const top = plangateBin(dir, '--help');
      expect([top.code, top.stdout]).toEqual([0, expect.stringContaining('Commands:')]);

      const unknown = plangate(dir, 'frobnicate');
      expect([unknown.code, unknown.stderr]).toEqual([
        2,
        expect.stringContaining("'frobnicate' is not a plangate command"),
      ]);
      const noOutput = plangate(dir, 'convert', 'plan.xlsx');
      expect([noOutput.code, noOutput.stderr]).toEqual([
        2,
        expect.stringContaining('needs an output file: -o REGISTER.xlsx'),
      ]);
      const badOption = plangate(dir, 'verify', 'x.xlsx', '--frob');
      expect(badOption.code).toBe(2);

      const missing = plangate(dir, 'verify', 'nope.xlsx');
      expect([missing.code, missing.stderr.trim()]).toEqual([
        3,
        'nope.xlsx: no such file. Check the path and try again.',
      ]);
      writeFileSync(join(dir, 'broken.xlsx'), 'this is not a spreadsheet');
      const broken = plangate(dir, 'inspect', 'broken.xlsx');
      expect(broken.code).toBe(3);
      expect(broken.stderr).toContain('broken.xlsx is not a valid xlsx file');
    },
    SLOW,
  );

  it(
    'exits 1 with the reason when a file holds no plan',
    () => {
      writeFileSync(join(dir, 'notes.csv'), 'Remember to call Bob\nand the caterer\n');
      const run = plangate(dir, 'convert', 'notes.csv', '-o', 'out.xlsx');
      expect(run.code).toBe(1);
      expect(run.stderr.length).toBeGreaterThan(20);
    },
    SLOW,
  );
});
