import { describe, expect, it } from 'vitest';
import { convertTable, inspectWorkbook } from '../../../core/import/index.js';
import type { ImportAnswersDto } from '../../../core/index.js';
import { book, planTotal } from './grid-book.js';

const SETTINGS = { fiscalYearStart: 1, defaultYear: 2027 };

function inspect(rows: (string | number | null)[][], sheet = 'Lines', answers?: ImportAnswersDto) {
  const read = book(rows, sheet);
  const inspection = inspectWorkbook(read, { ...SETTINGS, ...(answers ? { answers } : {}) });
  return { read, inspection, table: inspection.tables[0] };
}

describe('a single plan column without periods is a plan total', () => {
  it.each([
    ['Presupuesto'],
    ['Orçamento'],
    ['Begroting'],
    ['Budget année N'],
    ['予算'],
    ['예산'],
    ['Annual Budget (USD)'],
  ])("'%s' is read as the plan, with no question about which column", (header) => {
    const { table, read } = inspect([
      ['Item', header],
      ['Alpha', 100],
      ['Beta', 250.5],
    ]);
    expect(table.verdict).toBe('plan');
    expect(table.mapping.fields.planTotal?.header).toBe(header);
    expect((table.questions ?? []).map((q) => q.kind)).not.toContain('plan-columns');
    const plan = convertTable(read, table.mapping, SETTINGS);
    expect(plan.initiatives.reduce((s, i) => s + planTotal(i.plan), 0)).toBe(350.5);
  });

  it('prefers the yearly figure over the same amount at a monthly rate', () => {
    const { table } = inspect([
      ['Expense Category', 'Cost Estimate (Monthly)', 'Cost Estimate (Annually)'],
      ['Rent', 100, 1200],
      ['Tools', 10, 120],
    ]);
    expect(table.mapping.fields.planTotal?.header).toBe('Cost Estimate (Annually)');
    expect(table.mapping.fields.name?.header).toBe('Expense Category');
  });

  it("asks whether a plain amount ('monto') is the plan, which year it is for and its currency", () => {
    const { table } = inspect([
      ['jurisdiccion', 'monto'],
      ['Legislatura', '1.172.453.247'],
      ['Auditoria', '0'],
    ]);
    expect(table.verdict).toBe('plan');
    expect(table.questions).toEqual([
      {
        kind: 'plan-columns',
        text: "Is 'monto' (column B) the plan of each row of 'Lines'? Nothing in its header says planned.",
        assumed: 'monto',
        choices: ['monto'],
      },
      {
        kind: 'plan-year',
        text: "Which year is the plan in 'Lines' for? 'monto' names none, nor does the sheet: 2027 is assumed and each amount is spread evenly over its months.",
        assumed: '2027',
      },
      {
        kind: 'currency',
        text: "'Lines' does not say which currency its amounts are in: the register will report them in EUR. Choose the plan's currency if it is another.",
        assumed: 'EUR',
      },
    ]);
  });

  it('takes the answers, keeps them in the mapping and asks nothing again', () => {
    const rows = [
      ['Item', 'Quantity', 'Amount', 'Note'],
      ['Alpha', 2, 100, 'x'],
      ['Beta', 3, 200, 'y'],
    ];
    const { table, read } = inspect(rows, 'Lines', { planYear: 2025, currency: 'ARS', planColumn: 'B' });
    expect(table.mapping.fields.planTotal).toMatchObject({
      header: 'Quantity',
      reason: 'chosen by you as the plan',
    });
    expect([table.mapping.planYear, table.mapping.currency]).toEqual([2025, 'ARS']);
    expect(table.questions).toBeUndefined();
    expect(table.periods[0]).toBe('2025-01');
    const again = inspectWorkbook(read, { ...SETTINGS, answers: { planColumn: 'Nope' } }).tables[0];
    expect(again.warnings[0]).toBe(
      "'Nope' is not a column of 'Lines' (header row 1): give a header or a column letter.",
    );
  });

  it('reads the year of a plan total from the sheet name and the currency from the cells', () => {
    const { table } = inspect(
      [
        ['SETOR', 'RECEITA'],
        ['Bronze', 'R$ 37.000,00'],
        ['Prata', 'R$ 1.100,00'],
      ],
      'Metas 2026',
    );
    expect(table.currency).toMatchObject({ plan: 'BRL', from: 'R$ 37.000,00' });
    expect(table.periods[0]).toBe('2026-01');
    expect((table.questions ?? []).map((q) => q.kind)).toEqual(['plan-columns']);
  });

  it("never takes a performance report's spend or a daily budget as the plan", () => {
    const { inspection } = inspect([
      ['Campaign', 'Budget', 'Budget type', 'Impr.', 'Clicks', 'Cost'],
      ['Brand', 20, 'Daily', 1000, 50, 312.5],
      ['Generic', 30, 'Daily', 2000, 80, 410],
    ]);
    expect(inspection.tables[0].verdict).toBe('not-a-plan');
    expect(inspection.error).toMatch(/daily budget/);
  });

  it('names a payment log as actuals and points to actuals import', () => {
    const { inspection } = inspect([
      ['Valor Ordem Pagamento', 'Data Pagamento', 'Razão Social Credor'],
      [479.96, 46031, 'PM Belo Horizonte'],
      [1488.27, 46032, 'PM Almenara'],
    ]);
    expect(inspection.tables[0].verdict).toBe('actuals');
    expect(inspection.error).toMatch(/looks like an export of actuals .*Use Import actuals/);
  });
});

describe('a sheet that totals the other sheets', () => {
  it('warns that converting it and them counts the money twice, with the figures that differ', () => {
    const lines = (rows: [string, number][]) => [['Expense', 'Annual Budget'], ...rows];
    const read = {
      sheetNames: ['Summary', 'Marketing', 'Sales'],
      grids: {
        Summary: lines([
          ['Marketing Team', 300],
          ['Sales Team', 500],
        ]),
        Marketing: lines([
          ['Ads', 100],
          ['Events', 200],
        ]),
        Sales: lines([
          ['Travel', 150],
          ['Tools', 250],
        ]),
      },
    };
    const tables = inspectWorkbook(read, SETTINGS).tables;
    expect(tables.map((t) => t.verdict)).toEqual(['plan', 'plan', 'plan']);
    expect(tables[0].warnings[0]).toBe(
      "'Summary' lists the totals of other sheets ('Marketing', 'Sales'): convert either it or them, never both, or the money is counted twice. Its lines do not add up to those sheets: 'Sales Team' 500 against 400 on 'Sales'.",
    );
    expect(tables[1].warnings.some((w) => /counted twice/.test(w))).toBe(false);
  });
});
