import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { convertTable, inspectWorkbook } from '../../core/import/index.js';
import { parseNumber } from '../../core/values/parse-number.js';
import { hasCorpus, portfolioTotal, readCorpus } from './corpus-files.js';

const SETTINGS = { fiscalYearStart: 1 };
const gridHash = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('hex');

async function inspect(file: string) {
  const read = await readCorpus(file);
  const before = gridHash(read.grids);
  const inspection = inspectWorkbook(read, { ...SETTINGS, source: file });
  expect(gridHash(read.grids)).toBe(before);
  return { read, inspection };
}

describe.skipIf(!hasCorpus)('plan import on the real corpus', () => {
  it('kpim_mart_sales_plan_vi.xlsx: three yearly store plans, long 2022 and wide 2021/2020 with district subtotals', async () => {
    const { read, inspection } = await inspect('kpim_mart_sales_plan_vi.xlsx');
    expect(inspection.error).toBeNull();
    expect(
      inspection.tables.map((t) => [t.sheet, t.headerRow, t.verdict, t.initiatives, t.mapping.layout]),
    ).toEqual([
      ['Kế Hoạch 2022', 4, 'plan', 29, 'long'],
      ['Kế Hoạch 2021', 4, 'plan', 29, 'wide'],
      ['Kế Hoạch 2020', 4, 'plan', 29, 'wide'],
    ]);

    const [t2022, t2021] = inspection.tables;
    expect(t2022.periods).toEqual(
      Array.from({ length: 12 }, (_, i) => `2022-${String(i + 1).padStart(2, '0')}`),
    );
    expect(t2022.warnings).toContain(
      "'Dốc Chợ Thành Công' is listed under 'Thanh Xuân' in row 10 but under 'Ba Đình' everywhere else: imported as one initiative in 'Ba Đình'. Correct the program in the sheet if that is wrong.",
    );
    // No register yet: the new one adopts the VND the sheet names, so there is nothing to warn about.
    expect(t2022.mapping.currency).toBe('VND');
    expect(t2022.currency).toMatchObject({ code: 'VND', source: 'adopted', plan: 'VND' });
    expect(t2022.warnings.filter((w) => w.includes('does not convert currencies'))).toEqual([]);
    const plan2022 = convertTable(read, t2022.mapping, SETTINGS);
    const column = read.grids['Kế Hoạch 2022'].slice(4).map((r) => r[3]);
    expect(portfolioTotal(plan2022.initiatives)).toBe(
      column.reduce<number>((s, v) => s + (typeof v === 'number' ? v : 0), 0),
    );
    const store = plan2022.initiatives.find((i) => i.name === 'Dốc Chợ Thành Công')!;
    expect(store.program).toBe('Ba Đình');
    expect(store.plan[5]).toBe(46_650_800);

    expect(t2021.periods[0]).toBe('2021-01');
    expect(t2021.excluded.map((e) => e.row)).toEqual([5, 8, 12, 19, 23, 28, 33, 37, 39, 41, 44]);
    expect(t2021.excluded[0].reason).toBe(
      "subtotal of program 'Ba Đình': equals the sum of the 2 rows below it (rows 6–7)",
    );
    expect(t2021.excluded[10].reason).toBe(
      "'Tổng Kế Hoạch' is a total row: equals the sum of all 29 initiatives above it",
    );
    const plan2021 = convertTable(read, t2021.mapping, SETTINGS);
    expect(portfolioTotal(plan2021.initiatives)).toBe(read.grids['Kế Hoạch 2021'][43][14]);
    expect(portfolioTotal(plan2021.initiatives)).toBe(7_556_368_000);
    const ngocHo = plan2021.initiatives.find((i) => i.name === 'Ngọc Hồ')!;
    expect([ngocHo.program, ngocHo.plan[0], ngocHo.plan[11]]).toEqual(['Ba Đình', 20_154_800, 55_866_700]);
    expect(new Set(plan2021.initiatives.map((i) => i.program)).size).toBe(10);
  });

  it('bremen_haushalt_2016_anschlag_soll_ist_de.xlsx: 10,482 budget lines keyed by Haushaltsstelle, Anschlag 2016 as the plan', async () => {
    const { read, inspection } = await inspect('bremen_haushalt_2016_anschlag_soll_ist_de.xlsx');
    expect(inspection.error).toBeNull();
    const [table] = inspection.tables;
    expect(table).toMatchObject({ sheet: 'Liste', headerRow: 1, verdict: 'plan', initiatives: 10_482 });
    expect(table.mapping.fields.id?.header).toBe('Haushaltsstelle');
    expect(table.mapping.fields.name?.header).toBe('Zweckbestimmung');
    expect(table.mapping.fields.program?.header).toBe('Produktgruppe');
    expect(table.mapping.periodColumns).toEqual([{ column: 6, header: 'Anschlag 2016', period: '2016' }]);
    expect(table.warnings).toContain(
      "Column 'Haushaltssoll 14. Mt. 2016' repeats period 2016: not imported (map it instead of the first one if it is the plan to use).",
    );
    expect(table.warnings).toContain("Column 'IST 2016' holds actual figures, not plan: not imported.");
    const plan = convertTable(read, table.mapping, SETTINGS);
    expect(plan.problems).toEqual([]);
    expect(plan.initiatives[0]).toMatchObject({
      id: '0010.11904-9',
      name: 'Von Dritten für Ablichtungen',
      program: '01.01.01',
    });
    expect(new Set(plan.initiatives.map((i) => i.id)).size).toBe(10_482);
    expect(portfolioTotal(plan.initiatives)).toBe(20_741_537_580);
  });

  it('moers_haushalt_ist_plan_de.csv: ISO-8859-1, German numbers, Plan 2016/2017 as plan, Ist as actuals left out', async () => {
    const { read, inspection } = await inspect('moers_haushalt_ist_plan_de.csv');
    expect(read.text).toEqual({ encoding: 'iso-8859-1', bom: false, delimiter: ';' });
    expect(inspection.error).toBeNull();
    const [table] = inspection.tables;
    expect(table).toMatchObject({ headerRow: 1, verdict: 'plan', initiatives: 2_119 });
    expect(table.periods).toHaveLength(24);
    expect([table.periods[0], table.periods[23]]).toEqual(['2016-01', '2017-12']);
    expect(table.mapping.fields.name?.header).toBe('Kontengruppe');
    expect(table.mapping.fields.program?.header).toBe('Profitcenter-Bezeichnung');
    expect(table.warnings).toContain("Column 'Ist 2015' holds actual figures, not plan: not imported.");
    // Summary lines (account group) and detail lines (PSP element) are mixed, but never in one profit centre.
    expect(table.warnings).toContain(
      "The rows come at two levels of detail: 934 rows name a 'PSP-Element' and 1,185 do not. No program has both kinds, so nothing is counted twice.",
    );
    const plan = convertTable(read, table.mapping, SETTINGS);
    expect(plan.problems).toEqual([]);
    // Detail lines repeat their Kontengruppe within a profit centre: named by cost type, never numbered.
    expect(plan.warnings).toContain(
      "904 rows repeat a name already used in their program (detail lines under one group): named by 'Kostenart Beschreibung' and 'Kostenart' as well, e.g. 'Zuwendungen und allgemeine Umlagen – Zuw.u.Zusch.für lfd.Zwecke vom Land (41410000)'.",
    );
    expect(plan.warnings.some((w) => /were numbered/.test(w))).toBe(false);
    expect(new Set(plan.initiatives.map((i) => i.id)).size).toBe(2_119);
    expect(plan.initiatives.filter((i) => /-[0-9a-f]{6}-\d+$/.test(i.id)).map((i) => i.id)).toEqual([]);
    const asyl = plan.initiatives.find((i) => i.name === 'Personalaufwendungen – Bezüge Beamte (50110000)');
    expect(asyl?.program).toBe('Leistungen für Asylbewerber');
    const personal = plan.initiatives[5];
    expect([personal.name, personal.program]).toEqual([
      'Personalaufwendungen',
      'Finanzmanagement, Rechnungsw.',
    ]);
    // "2.142.000,52" (Plan 2016) and "2.047.127,20" (Plan 2017), each spread over twelve months.
    expect(Math.round(personal.plan.slice(0, 12).reduce((s, v) => s + v, 0) * 100) / 100).toBe(2_142_000.52);
    expect(Math.round(personal.plan.slice(12).reduce((s, v) => s + v, 0) * 100) / 100).toBe(2_047_127.2);
    const expected = read.grids['moers_haushalt_ist_plan_de'].slice(1).reduce((s, r) => {
      const a = parseNumber(r[10] ?? null, { locale: 'comma' });
      const b = parseNumber(r[11] ?? null, { locale: 'comma' });
      return s + (a.ok ? (a.value ?? 0) : 0) + (b.ok ? (b.value ?? 0) : 0);
    }, 0);
    expect(portfolioTotal(plan.initiatives)).toBeCloseTo(expected, 1);
  });

  it('salesforce_opportunity_export_prodly.csv: an opportunity export is actuals, not a plan', async () => {
    const { inspection } = await inspect('salesforce_opportunity_export_prodly.csv');
    expect(inspection.error).toBe(
      "No plan found in salesforce_opportunity_export_prodly.csv. 'salesforce_opportunity_export_p' looks like an export of actuals (741 rows: 'Amount' by 'CloseDate'), not a plan. Use Import actuals for it, which matches its rows to initiatives by ID or key.",
    );
    const [table] = inspection.tables;
    expect(table).toMatchObject({ headerRow: 1, verdict: 'actuals', initiatives: 741 });
    expect(table.mapping.fields.owner?.header).toBe('OwnerId');
    expect(table.warnings).toContain(
      "The owner column 'OwnerId' holds system IDs, not names: owners will show as IDs until you replace them with names.",
    );
  });

  it('google_ads_campaign_report_export.csv: a campaign report with daily budgets is not a plan; its Total rows are totals', async () => {
    const { inspection } = await inspect('google_ads_campaign_report_export.csv');
    expect(inspection.error).toBe(
      "No plan found in google_ads_campaign_report_export.csv. 'google_ads_campaign_report_expo' has a table (header in row 3: Campaign status, Campaign, Budget, Budget name, Budget type…) with 12 rows but no plan values: no column holds months (Jan, 2027-01), quarters (Q1 FY27), years (Plan 2027) or a plan total ('Budget' is a daily budget (see 'Budget type'), not a plan total). Add the planned amounts per month and import again, or pick another sheet.",
    );
    const [table] = inspection.tables;
    expect(table.excluded.map((e) => e.row)).toEqual([16, 17, 18, 19, 20]);
    expect(table.excluded[0].reason).toBe("'Total: Campaigns' is a total row");
  });

  it('digital_marketing_budget_by_platform.xlsx: the sideways daily sheet gets a clear message', async () => {
    const { inspection } = await inspect('digital_marketing_budget_by_platform.xlsx');
    expect(inspection.error).toBe(
      "No plan found in digital_marketing_budget_by_platform.xlsx. 'Data Entry' is laid out sideways: the days run across row 5 (2025-03-01 … 2025-03-31) and the measures (No of Orders, No of Ads, Marketing Budget, Ads Actual Spend…) run down column D, repeated for Google, Meta, Snapchat, Tiktok, PR, Analysis. PlanGate needs one row per initiative with its plan in month columns (Jan, Feb… or 2027-01), or one row per initiative and month. Rearrange the figures that way on a new sheet, or pick another sheet. The other sheets (Setting , Tracker ) hold no plan either.",
    );
    expect(inspection.tables.every((t) => t.verdict === 'not-a-plan')).toBe(true);
  });

  it('adorama_loyalty_plcc_email_plan.xlsx: a send tracker of TEST rows and calendars holds no plan', async () => {
    const { inspection } = await inspect('adorama_loyalty_plcc_email_plan.xlsx');
    expect(inspection.error).toBe(
      "No plan found in adorama_loyalty_plcc_email_plan.xlsx. 'Project Tracker' has a table (header in row 1: Jira Ticket Link, Campaign, Status, Send Date, Notes…) with 12 rows (all named 'TEST') but no plan values: no column holds months (Jan, 2027-01), quarters (Q1 FY27), years (Plan 2027) or a plan total. Add the planned amounts per month and import again, or pick another sheet. The other sheets (Dashboard, January 2027 Calendar, February 2027 Calendar, March 2027 Calendar, April 2027 Calendar…) hold no plan either.",
    );
    const tracker = inspection.tables.find((t) => t.sheet === 'Project Tracker')!;
    // Rows 14–201 hold only the helper formula in column H: excluded, never initiatives.
    expect(tracker.excluded).toHaveLength(188);
    expect(tracker.excluded[0]).toEqual({ row: 14, reason: 'no name in column B; only column H is filled' });
    const january = inspection.tables.find((t) => t.sheet === 'January 2027 Calendar')!;
    expect(january.warnings[0]).toBe(
      "'January 2027 Calendar' is a calendar (days 2027-01-04 … 2027-01-10 across row 6, with names rather than amounts under them), not a plan.",
    );
  });

  it('coursera_prof_dev_materials_project_tracker.xlsx: header in row 12 under free-text blocks; a task list, not a plan', async () => {
    const { inspection } = await inspect('coursera_prof_dev_materials_project_tracker.xlsx');
    expect(inspection.error).toBe(
      "No plan found in coursera_prof_dev_materials_project_tracker.xlsx. 'Sheet1' has a table (header in row 12: Developer, Task, Status, Editor, Status…) with 3 rows but no plan values: no column holds months (Jan, 2027-01), quarters (Q1 FY27), years (Plan 2027) or a plan total. Add the planned amounts per month and import again, or pick another sheet.",
    );
    const [table] = inspection.tables;
    expect(table.headerRow).toBe(12);
    expect(table.mapping.fields.name?.header).toBe('Task');
    expect(table.warnings).toContain(
      "Column L ('Not Started') was left out: it is separated from the table by an empty column.",
    );
    expect(table.excluded.map((e) => e.reason)).toEqual([
      "section heading: program 'Session 2'",
      "section heading: program 'Session 3'",
      "section heading: program 'Session 4'",
      "section heading: program 'Session 5'",
    ]);
  });
});
