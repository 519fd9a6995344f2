import type { FieldMapping as FieldMappingDto } from '../model/mapping.js';
import { foldText } from './cell-text.js';
import type { ColumnProfile } from './column-profile.js';
import type { TableFrame } from './table-frame.js';

/**
 * Words that make a column of amounts the plan, in the languages plans are written in: a header
 * containing one ("Budget année N", "Annual Cost Estimate", "예산") names planned money.
 */
const PLAN_WORDS = new Set([
  'plan',
  'planned',
  'planning',
  'budget',
  'budgeted',
  'budgets',
  'target',
  'targets',
  'quota',
  'forecast',
  'estimate',
  'estimated',
  'estimates',
  'appropriation',
  'allocation',
  'allocated',
  'soll',
  'ansatz',
  'anschlag',
  'planwert',
  'haushaltsansatz',
  'ziel',
  'presupuesto',
  'presupuestado',
  'orcamento',
  'orcado',
  'meta',
  'metas',
  'previsto',
  'prevista',
  'prevu',
  'previsionnel',
  'prevision',
  'objectif',
  'cible',
  'begroting',
  'begroot',
  'preventivo',
  'stanziamento',
]);
/** Scripts without spaces: a header that contains one of these names a budget. */
const PLAN_SIGNS = ['予算', '预算', '預算', '예산', '計画', '计划', '목표'];
/** Words of money without saying planned or actual: the plan only when nothing better exists. */
const AMOUNT_WORDS = new Set([
  'amount',
  'monto',
  'montant',
  'importe',
  'valor',
  'valeur',
  'bedrag',
  'betrag',
  'importo',
  'cost',
  'costs',
  'kosten',
  'custo',
  'coste',
  'cout',
  'receita',
  'revenue',
  'value',
  'total',
  'sum',
  'summe',
  'gesamt',
  'spend',
]);
const ACTUAL_WORDS = new Set([
  'actual',
  'actuals',
  'ist',
  'real',
  'reel',
  'realise',
  'realizado',
  'executado',
  'spent',
  'paid',
  'pago',
  'empenhada',
  'liquidado',
  'cumulated',
  'cumule',
  'cumulative',
  'cumulado',
  'difference',
  'variance',
  'ecart',
  'abweichung',
  'diferencia',
  'share',
  'percent',
  'percentage',
]);
/** A rate beside a yearly figure: "Cost Estimate (Monthly)" next to "Cost Estimate (Annually)". */
const RATE_WORDS = new Set([
  'monthly',
  'quarterly',
  'weekly',
  'daily',
  'mensal',
  'mensual',
  'mensuel',
  'monatlich',
  'trimestral',
  'trimestriel',
  'unit',
  'day',
  'jour',
  'journalier',
  'dia',
  'tag',
]);
const YEARLY_WORDS = new Set([
  'annual',
  'annually',
  'yearly',
  'anual',
  'annuel',
  'jahres',
  'jaarlijks',
  'year',
]);

/** Headers of a performance report (clicks, impressions): its money columns are spend, not plan. */
const PERFORMANCE_WORDS = new Set([
  'impr',
  'impressions',
  'clicks',
  'interactions',
  'conversions',
  'conv',
  'ctr',
  'cpc',
  'cpm',
  'views',
  'reach',
  'sessions',
  'roas',
]);

/** Words of columns that describe money without holding it: "Budget name", "Budget type". */
const NOT_MONEY = new Set(['name', 'type', 'id', 'code', 'status', 'nr', 'no', 'number', 'date', 'currency']);

export interface PlanTotalChoice {
  /** The column proposed as the plan total. */
  chosen: FieldMappingDto;
  /** Other columns that could be the plan as well: the user is asked to pick. */
  alternatives: string[];
}

function wordsOf(header: string): string[] {
  return foldText(header.replace(/([a-z])([A-Z])/g, '$1 $2')).split(' ');
}

function scoreOf(header: string): { score: number; why: string } | null {
  const words = wordsOf(header);
  if (words.some((w) => ACTUAL_WORDS.has(w))) return null;
  const plan = words.find((w) => PLAN_WORDS.has(w)) ?? PLAN_SIGNS.find((s) => header.includes(s));
  const amount = words.find((w) => AMOUNT_WORDS.has(w));
  if (!plan && !amount) return null;
  let score = plan ? 2 : 1;
  if (words.some((w) => YEARLY_WORDS.has(w))) score += 0.5;
  if (words.some((w) => RATE_WORDS.has(w))) score -= 1.2;
  const why = plan
    ? `header '${header.trim()}' names planned money ('${plan}')`
    : `header '${header.trim()}' names an amount ('${amount}') and no other column holds planned money`;
  return { score, why };
}

/**
 * The one column of amounts with no period that is the plan total, found from its header in
 * many languages and from its cells (mostly numbers, not percentages). Yearly figures win over
 * the same amount at a monthly rate; planned words win over plain amounts. Null when none fits.
 */
export function choosePlanTotal(
  frame: TableFrame,
  profiles: ReadonlyMap<number, ColumnProfile>,
  used: ReadonlySet<number>,
): PlanTotalChoice | null {
  const scored: { column: number; header: string; score: number; why: string }[] = [];
  let performance = 0;
  for (let c = frame.left; c <= frame.right; c++)
    if (wordsOf(frame.headers[c] ?? '').some((w) => PERFORMANCE_WORDS.has(w))) performance++;
  // In a report of clicks and impressions, "Cost" is what was spent: only planned words count.
  const plainAmounts = performance < 2;
  for (let c = frame.left; c <= frame.right; c++) {
    if (used.has(c)) continue;
    const header = frame.headers[c] ?? '';
    const profile = profiles.get(c);
    if (header.trim() === '' || !profile) continue;
    const filled = profile.nonBlank - profile.placeholders;
    // An empty column is a plan only when its header says so ("Budget année N" of a blank template).
    const empty = filled === 0;
    if (!empty && (profile.numbers < filled * 0.6 || profile.percents > profile.numbers / 2)) continue;
    if (!empty && profile.dates > filled / 2) continue;
    if (wordsOf(header).some((w) => NOT_MONEY.has(w))) continue;
    const s = scoreOf(header);
    if (s && s.score > 0 && (plainAmounts || s.score >= 2) && (!empty || s.score >= 2))
      scored.push({ column: c, header, ...s });
  }
  if (scored.length === 0) return null;
  scored.sort((a, b) => b.score - a.score || a.column - b.column);
  const best = scored[0];
  const alternatives = scored
    .slice(1)
    .filter((s) => s.score === best.score)
    .map((s) => s.header.trim());
  return {
    chosen: {
      column: best.column,
      header: best.header,
      confidence: best.score >= 2 ? 0.8 : 0.6,
      reason: `${best.why}: one plan total per row`,
    },
    alternatives,
  };
}
