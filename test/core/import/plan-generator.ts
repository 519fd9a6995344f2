import fc from 'fast-check';
import type { CellValue } from '../../../core/model/cell.js';

/** Month names as plans write them, per language. */
const MONTHS: Record<string, string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  de: ['Jan', 'Feb', 'Mär', 'Apr', 'Mai', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dez'],
  pt: ['JAN', 'FEV', 'MAR', 'ABR', 'MAI', 'JUN', 'JUL', 'AGO', 'SET', 'OUT', 'NOV', 'DEZ'],
  es: ['Ene', 'Feb', 'Mar', 'Abr', 'May', 'Jun', 'Jul', 'Ago', 'Sep', 'Oct', 'Nov', 'Dic'],
  fr: ['Janv', 'Févr', 'Mars', 'Avr', 'Mai', 'Juin', 'Juil', 'Août', 'Sept', 'Oct', 'Nov', 'Déc'],
};
const NAME_HEADER: Record<string, string> = {
  en: 'Campaign',
  de: 'Maßnahme',
  pt: 'Descrição',
  es: 'Concepto',
  fr: 'Libellé',
};
const TOTAL_HEADER: Record<string, string> = {
  en: 'Budget',
  de: 'Ansatz',
  pt: 'Orçamento',
  es: 'Presupuesto',
  fr: 'Budget',
};
const TOTAL_LABEL: Record<string, string> = {
  en: 'Total',
  de: 'Summe',
  pt: 'Total',
  es: 'Total',
  fr: 'Total',
};
const SUBTOTAL_LABEL: Record<string, string> = {
  en: 'Subtotal',
  de: 'Zwischensumme',
  pt: 'Subtotal',
  es: 'Subtotal',
  fr: 'Sous-total',
};

export type PeriodStyle = 'month-names' | 'iso-months' | 'quarters' | 'single-total';

/** A plan with the answers a good import must give. */
export interface GeneratedPlan {
  rows: CellValue[][];
  sheet: string;
  /** The plan total, to the cent. */
  total: number;
  /** The periods, sorted; for a single total, the twelve months of `year`. */
  periods: string[];
  style: PeriodStyle;
  description: string;
}

const WORDS = [
  'Search',
  'Social',
  'Events',
  'Print',
  'Radio',
  'Email',
  'Partners',
  'Video',
  'Fairs',
  'Retail',
];

function monthsOf(year: number): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}

/**
 * Realistic plans: a language, a period style (month names, 2027-01, Q1 2027, one budget column),
 * title rows above the header (the year in the title), sections with subtotals that add up,
 * a grand total that adds up or not, amounts with cents. The year is always in the sheet.
 */
export const generatedPlan: fc.Arbitrary<GeneratedPlan> = fc
  .record({
    lang: fc.constantFrom('en', 'de', 'pt', 'es', 'fr'),
    style: fc.constantFrom<PeriodStyle>('month-names', 'iso-months', 'quarters', 'single-total'),
    year: fc.integer({ min: 2019, max: 2031 }),
    titleRows: fc.integer({ min: 0, max: 3 }),
    sections: fc.array(
      fc.array(fc.array(fc.integer({ min: 0, max: 9_999_999 }), { minLength: 12, maxLength: 12 }), {
        minLength: 1,
        maxLength: 6,
      }),
      { minLength: 1, maxLength: 3 },
    ),
    subtotals: fc.boolean(),
    grandTotal: fc.constantFrom('none', 'adds-up', 'off-by-one'),
  })
  .map(({ lang, style, year, titleRows, sections, subtotals, grandTotal }) => {
    const columns =
      style === 'month-names'
        ? MONTHS[lang]
        : style === 'iso-months'
          ? monthsOf(year)
          : style === 'quarters'
            ? [1, 2, 3, 4].map((q) => `Q${q} ${year}`)
            : [TOTAL_HEADER[lang]];
    const width = columns.length;
    const rows: CellValue[][] = [];
    // The title names the year: month names without a year take it from there.
    if (titleRows === 0 && style === 'month-names') titleRows = 1;
    for (let t = 0; t < titleRows; t++) rows.push(t === 0 ? [`Plan ${year}`] : [null]);
    rows.push([NAME_HEADER[lang], ...columns]);
    let total = 0;
    const grand = new Array<number>(width).fill(0);
    let n = 0;
    sections.forEach((lines, s) => {
      rows.push([`Section ${s + 1}`]);
      const sub = new Array<number>(width).fill(0);
      for (const cents of lines) {
        const values = cents.slice(0, width).map((c) => c / 100);
        n++;
        rows.push([`${WORDS[n % WORDS.length]} ${n}`, ...values]);
        values.forEach((v, i) => {
          sub[i] += v;
          grand[i] += v;
          total += v;
        });
      }
      if (subtotals)
        rows.push([`${SUBTOTAL_LABEL[lang]} ${s + 1}`, ...sub.map((v) => Math.round(v * 100) / 100)]);
    });
    if (grandTotal !== 'none')
      rows.push([
        TOTAL_LABEL[lang],
        ...grand.map((v, i) => Math.round(v * 100) / 100 + (grandTotal === 'off-by-one' && i === 0 ? 1 : 0)),
      ]);
    // Quarters stay quarters; a yearly budget is spread over the twelve months of its year.
    const periods = style === 'quarters' ? [1, 2, 3, 4].map((q) => `${year}-Q${q}`) : monthsOf(year);
    return {
      rows,
      sheet: `Plan ${year}`,
      total: Math.round(total * 100) / 100,
      periods,
      style,
      description: `${lang} ${style} ${year}, ${titleRows} title rows, ${n} lines, subtotals ${subtotals}, total ${grandTotal}`,
    };
  });
