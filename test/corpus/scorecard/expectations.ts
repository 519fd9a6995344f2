import type { Grid } from '../../../core/model/cell.js';
import { col, columnSum, filled, notTotal } from './own-sum.js';

/** What the user must answer before a conversion (see `QuestionDto`). */
export type QuestionKind =
  | 'header-row'
  | 'plan-columns'
  | 'first-period'
  | 'plan-year'
  | 'fiscal-year-start'
  | 'currency'
  | 'status-mapping';

/** One table a good import offers, as its owner reads it. */
export interface ExpectedTable {
  sheet: string;
  headerRow: number;
  initiatives: number;
  /** Number of periods and the first and last. */
  periods?: [number, string, string];
  /** The plan total, summed by the test from the file's own cells. */
  total: (grids: Record<string, Grid>) => number;
  /** ISO code the plan names, or 'ask' when the file names none and the user must choose. */
  currency: string;
  /** Questions asked besides the currency. */
  questions?: QuestionKind[];
  /** Rows left out (totals, sections, blanks with content) when the count says something. */
  excluded?: number;
  /** Warnings the user must see (e.g. a sheet that totals others). */
  warnings?: RegExp[];
}

export type Expectation = {
  file: string;
  /** The one line from the file that decides what its owner would accept. */
  why: string;
  /** Set while the importer does not meet the expectation yet: what is missing. */
  open?: string;
} & (
  | { outcome: 'plan'; tables: ExpectedTable[] }
  | { outcome: 'activities'; sheet: string; headerRow: number; initiatives: number }
  | { outcome: 'asks'; question: QuestionKind; text: RegExp }
  | { outcome: 'refused'; verdict: 'actuals' | 'not-a-plan'; error: RegExp }
);

const g = (sheet: string) => (grids: Record<string, Grid>) => grids[sheet];

export const EXPECTATIONS: Expectation[] = [
  {
    file: '24eme_budget_annuel_clients_fr.csv',
    why: "'Montant HT' is one yearly amount per client and project; no year and no currency are written",
    outcome: 'plan',
    tables: [
      {
        sheet: '24eme_budget_annuel_clients_fr',
        headerRow: 1,
        initiatives: 31,
        periods: [12, '*', '*'],
        total: (gr) => columnSum(g('24eme_budget_annuel_clients_fr')(gr), 'F', 2, 32),
        currency: 'ask',
        questions: ['plan-year'],
      },
    ],
  },
  {
    file: '24eme_indicateurs_mensuels_transposes_fr.csv',
    why: 'months run across (2015-11 … 2026-06) and the rows are realised measures (Facturé, Dépenses, Jours réalisés)',
    open: 'a sideways sheet of measures by month is reported as having no rows instead of naming its measures',
    outcome: 'refused',
    verdict: 'not-a-plan',
    error: /Facturé/,
  },
  {
    file: 'adorama_loyalty_plcc_email_plan.xlsx',
    why: "the tracker's 12 rows are all the placeholder campaign 'TEST'",
    outcome: 'refused',
    verdict: 'not-a-plan',
    error: /all named 'TEST'/,
  },
  {
    file: 'bermuda_expenditure_summary_tab_separated.csv',
    why: 'each head and year comes in several versions (ACTUAL, ORIGINAL, REVISED, ESTIMATE) from several books',
    outcome: 'asks',
    question: 'plan-columns',
    text: /ESTIMATE/,
    open: 'a version column (DataVersion) is not read as the choice of series; the table is reported as having no rows',
  },
  {
    file: 'bodgery_rfid_door_project_budget.ods',
    why: "two alternative builds stacked (Arduino 188, Raspberry Pi 160), one 'Cost' column in USD cells",
    outcome: 'plan',
    tables: [
      {
        sheet: 'Sheet1',
        headerRow: 5,
        initiatives: 8,
        total: (gr) => columnSum(g('Sheet1')(gr), 'B', 6, 14),
        currency: 'USD',
        questions: ['plan-year'],
      },
      {
        sheet: 'Sheet1',
        headerRow: 22,
        initiatives: 6,
        total: (gr) => columnSum(g('Sheet1')(gr), 'B', 23, 31),
        currency: 'USD',
        questions: ['plan-year'],
      },
    ],
    open: 'the first table now ends at the second one (8 items, 188), but the second is not offered; ODS currency cells are not read',
  },
  {
    file: 'boticario_revendedores_metas_por_setor_pt.xlsx',
    why: "RECEITA is each sector's revenue target written 'R$ 37.000,00'; the cycle is not named",
    outcome: 'plan',
    tables: [
      {
        sheet: 'crie uma planilha excel com ess',
        headerRow: 1,
        initiatives: 15,
        total: (gr) =>
          columnSum(g('crie uma planilha excel com ess')(gr), 'C', 2, 16, undefined, 'dot-thousands'),
        currency: 'BRL',
        questions: ['plan-columns', 'plan-year'],
      },
    ],
  },
  {
    file: 'bremen_haushalt_2016_anschlag_soll_ist_de.xlsx',
    why: "'Anschlag 2016' is the budget of each Haushaltsstelle; no currency is written",
    outcome: 'plan',
    tables: [
      {
        sheet: 'Liste',
        headerRow: 1,
        initiatives: 10_482,
        periods: [12, '2016-01', '2016-12'],
        total: (gr) => columnSum(g('Liste')(gr), 'G', 2, 10_483),
        currency: 'ask',
      },
    ],
  },
  {
    file: 'coursera_prof_dev_materials_project_tracker.xlsx',
    why: 'three tasks with developer, status and dates, no money: an activity tracker',
    outcome: 'activities',
    sheet: 'Sheet1',
    headerRow: 12,
    initiatives: 3,
    open: "activity trackers are refused instead of converted with 'no value planned'",
  },
  {
    file: 'data2bots_nigeria_budget_excel_csv_lost_naira.csv',
    why: "'Cost Estimate (Annually)' per cost line; every ₦ became '?', so the currency must be asked",
    open: "the stacked tables below now end the first one, but 'Operational Costs' with the note '2 of 4 Quarters' in an amount cell is read as a line (12, not 11)",
    outcome: 'plan',
    tables: [
      {
        sheet: 'data2bots_nigeria_budget_excel_',
        headerRow: 1,
        initiatives: 11,
        total: (gr) =>
          columnSum(
            g('data2bots_nigeria_budget_excel_')(gr),
            'E',
            4,
            29,
            (r) => notTotal('A')(r) && filled('B')(r),
            'comma-thousands',
          ),
        currency: 'ask',
        questions: ['plan-year'],
      },
    ],
  },
  {
    file: 'data2bots_nigeria_team_budgets_ngn.xlsx',
    why: "four team sheets with 'Cost Estimate (Annually)' in ₦ formats; the first sheet is meant to total them",
    outcome: 'plan',
    tables: [
      {
        sheet: 'Data2Bots Nigeria Budget',
        headerRow: 2,
        initiatives: 4,
        total: (gr) => columnSum(g('Data2Bots Nigeria Budget')(gr), 'B', 3, 6),
        currency: 'ask',
        warnings: [/lists the totals of other sheets .*counted twice\. Its lines do not add up/],
      },
      {
        sheet: 'TaaS',
        headerRow: 1,
        initiatives: 11,
        total: (gr) => columnSum(g('TaaS')(gr), 'E', 3, 28, (r) => notTotal('A')(r) && filled('B')(r)),
        currency: 'NGN',
        questions: ['plan-year'],
      },
      {
        sheet: 'Marketing',
        headerRow: 1,
        initiatives: 11,
        total: (gr) => columnSum(g('Marketing')(gr), 'C', 3, 16),
        currency: 'NGN',
        questions: ['plan-year'],
      },
      {
        sheet: 'Solutions',
        headerRow: 1,
        initiatives: 11,
        total: (gr) => columnSum(g('Solutions')(gr), 'C', 3, 16),
        currency: 'NGN',
        questions: ['plan-year'],
      },
      {
        sheet: 'Data2Employ',
        headerRow: 1,
        initiatives: 13,
        total: (gr) => columnSum(g('Data2Employ')(gr), 'C', 3, 18),
        currency: 'NGN',
        questions: ['plan-year'],
      },
    ],
  },
  {
    file: 'data2bots_taas_marketing_budget_usd.xlsx',
    why: "'Annual Budget (USD)' is the plan of 13 channels; monthly and quarterly columns are the same amount at other rates",
    open: "rows that repeat earlier lines by formula and the 'Deduct' row are read as initiatives",
    outcome: 'plan',
    tables: [
      {
        sheet: 'TaaS_Nigeria_Africa_Budget_Anal',
        headerRow: 1,
        initiatives: 13,
        total: (gr) => columnSum(g('TaaS_Nigeria_Africa_Budget_Anal')(gr), 'D', 2, 14),
        currency: 'USD',
        questions: ['plan-year'],
      },
    ],
  },
  {
    file: 'digital_marketing_budget_by_platform.xlsx',
    why: 'days run across row 5 and the measures down column D: a sideways daily tracker',
    outcome: 'refused',
    verdict: 'not-a-plan',
    error: /is laid out sideways/,
  },
  {
    file: 'ecole_de_production_tableau_de_bord_template_fr.xlsm',
    why: "a blank template: every 'Budget année N' cell is empty",
    outcome: 'refused',
    verdict: 'not-a-plan',
    error: /Budget année N.*empty/,
    open: "'Budget année N' is not read as the plan column, so the message says there are no plan values instead of an empty template",
  },
  {
    file: 'feas_mg_orcamento_execucao_siafi_pt.xlsx',
    why: "four measures per line (Valor Crédito Inicial, Autorizado, Cota, Empenhada) by 'Mês - Numérico': which is the plan is the owner's choice",
    outcome: 'asks',
    question: 'plan-columns',
    text: /Valor Crédito Inicial/,
    open: 'several candidate plan measures are not offered as a question',
  },
  {
    file: 'feas_mg_ordens_pagamento_log_pt.xlsx',
    why: 'every row is a payment order (Valor Ordem Pagamento, Data Pagamento, Credor)',
    outcome: 'refused',
    verdict: 'actuals',
    error: /Import actuals/,
  },
  {
    file: 'fpgolfe_orcamento_2026_mensal_pt.xlsx',
    why: 'JAN … DEZ 2026 per account (six-digit code in C), group rows are SUM formulas; no currency sign (BRL)',
    outcome: 'plan',
    tables: [
      {
        sheet: 'ENTIDADE',
        headerRow: 2,
        initiatives: 349,
        periods: [12, '2026-01', '2026-12'],
        total: (gr) => {
          let sum = 0;
          for (const c of ['F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q'])
            sum += columnSum(
              g('ENTIDADE')(gr),
              c,
              3,
              385,
              (r) => typeof r[col('C')] === 'number' && (r[col('C')] as number) >= 100_000,
            );
          return Math.round(sum * 100) / 100;
        },
        currency: 'ask',
      },
    ],
    open: 'month periods and account rows are not all found (10 periods, 361 rows)',
  },
  {
    file: 'g0v_twbudget_2013_statutory_budget_zh.csv',
    why: "one 'amount' per line and 'year' 2013 on every line; NT dollars are not named",
    outcome: 'plan',
    tables: [
      {
        sheet: 'g0v_twbudget_2013_statutory_bud',
        headerRow: 1,
        initiatives: 1402,
        periods: [12, '2013-01', '2013-12'],
        total: (gr) => columnSum(g('g0v_twbudget_2013_statutory_bud')(gr), 'C', 2, 1403),
        currency: 'ask',
      },
    ],
  },
  {
    file: 'gcba_presupuesto_jurisdiccion_funcion_es.csv',
    why: "'monto' is the budget per jurisdiction and function, '1.172.453.247' style; neither year nor peso is written",
    outcome: 'plan',
    tables: [
      {
        sheet: 'gcba_presupuesto_jurisdiccion_f',
        headerRow: 1,
        initiatives: 504,
        total: (gr) =>
          columnSum(g('gcba_presupuesto_jurisdiccion_f')(gr), 'G', 2, 505, undefined, 'dot-thousands'),
        currency: 'ask',
        questions: ['plan-year'],
      },
    ],
  },
  {
    file: 'google_ads_campaign_report_export.csv',
    why: "'Budget' is a daily rate (Budget type: Daily) and 'Cost' is what was spent: a performance report",
    outcome: 'refused',
    verdict: 'not-a-plan',
    error: /daily budget/,
  },
  {
    file: 'himeji_city_budget_2014_cr_eol_ja.csv',
    why: "'amount' per purpose and 'year' 2014 on every row; yen are not named",
    outcome: 'plan',
    tables: [
      {
        sheet: 'himeji_city_budget_2014_cr_eol_',
        headerRow: 1,
        initiatives: 13,
        periods: [12, '2014-01', '2014-12'],
        total: (gr) => columnSum(g('himeji_city_budget_2014_cr_eol_')(gr), 'E', 2, 14),
        currency: 'ask',
      },
    ],
  },
  {
    file: 'kerk_exploitatie_begroting_2026_invulsheet_nl.xlsx',
    why: "'2025 [B]' and '2026 [B]' are the budgets ([B] = begroting), 2024 the actuals; accounts have a code in A",
    outcome: 'plan',
    tables: [
      {
        sheet: 'Sheet1',
        headerRow: 3,
        initiatives: 28,
        periods: [24, '2025-01', '2026-12'],
        total: (gr) =>
          Math.round(
            (columnSum(g('Sheet1')(gr), 'E', 4, 44, filled('A')) +
              columnSum(g('Sheet1')(gr), 'F', 4, 44, filled('A'))) *
              100,
          ) / 100,
        currency: 'ask',
      },
    ],
    open: 'rows without an account code (EXPLOITATIE LASTEN, RESULTAAT …, WIJKKAS INKOMSTEN) that are results rather than sums are read as initiatives: 35, not 28',
  },
  {
    file: 'kerk_wijkkas_begroting_2026_nl.xlsx',
    why: 'year columns 2026 and 2025 are bare numbers: nothing says which is the budget',
    outcome: 'asks',
    question: 'plan-columns',
    text: /2026.*2025|2025.*2026/,
    open: 'bare year columns are not offered as a choice of plan column',
  },
  {
    file: 'korea_2018_national_budget_items_ko.csv',
    why: "'예산' (budget) per item; the year is in the file name only; won are not named",
    outcome: 'plan',
    tables: [
      {
        sheet: 'korea_2018_national_budget_item',
        headerRow: 1,
        initiatives: 453,
        periods: [12, '2018-01', '2018-12'],
        total: (gr) => columnSum(g('korea_2018_national_budget_item')(gr), 'G', 2, 454),
        currency: 'ask',
      },
    ],
  },
  {
    file: 'kpim_mart_sales_plan_vi.xlsx',
    why: "'Kế Hoạch' store plans in VND (note in D2), long 2022 and wide 2021/2020 with district subtotals",
    outcome: 'plan',
    tables: [
      {
        sheet: 'Kế Hoạch 2022',
        headerRow: 4,
        initiatives: 29,
        periods: [12, '2022-01', '2022-12'],
        total: (gr) => columnSum(g('Kế Hoạch 2022')(gr), 'D', 5, 400),
        currency: 'VND',
      },
      {
        sheet: 'Kế Hoạch 2021',
        headerRow: 4,
        initiatives: 29,
        periods: [12, '2021-01', '2021-12'],
        total: (gr) => columnSum(g('Kế Hoạch 2021')(gr), 'O', 44, 44),
        currency: 'VND',
      },
      {
        sheet: 'Kế Hoạch 2020',
        headerRow: 4,
        initiatives: 29,
        periods: [12, '2020-01', '2020-12'],
        total: (gr) => columnSum(g('Kế Hoạch 2020')(gr), 'O', 44, 44),
        currency: 'VND',
      },
    ],
  },
  {
    file: 'moers_haushalt_ist_plan_de.csv',
    why: "'Plan 2016' and 'Plan 2017' are the plan, 'Ist' the actuals; German numbers; no currency written",
    outcome: 'plan',
    tables: [
      {
        sheet: 'moers_haushalt_ist_plan_de',
        headerRow: 1,
        initiatives: 2119,
        periods: [24, '2016-01', '2017-12'],
        total: (gr) =>
          Math.round(
            (columnSum(g('moers_haushalt_ist_plan_de')(gr), 'K', 2, 2120, undefined, 'dot-thousands') +
              columnSum(g('moers_haushalt_ist_plan_de')(gr), 'L', 2, 2120, undefined, 'dot-thousands')) *
              100,
          ) / 100,
        currency: 'ask',
      },
    ],
  },
  {
    file: 'salesforce_opportunity_export_prodly.csv',
    why: "741 opportunities with 'Amount' by 'CloseDate': CRM deals, not a plan",
    outcome: 'refused',
    verdict: 'actuals',
    error: /export of actuals.*Import actuals/,
  },
  {
    file: 'vanuatu_aid_projects_portfolio_export.xlsx',
    why: "'TOTAL BUDGET' per aid project (header row 5), in vatu without a symbol",
    outcome: 'plan',
    tables: [
      {
        sheet: 'Sheet1',
        headerRow: 5,
        initiatives: 1301,
        total: (gr) => columnSum(g('Sheet1')(gr), 'N', 6, 1306),
        currency: 'ask',
      },
    ],
  },
];
