import { foldText } from './cell-text.js';

/** One plan found in a workbook: its sheet, its lines (name and total) and its own total. */
export interface SheetPlan {
  sheet: string;
  lines: { name: string; total: number }[];
  total: number;
}

const GENERIC = new Set([
  'team',
  'department',
  'dept',
  'budget',
  'total',
  'plan',
  'the',
  'and',
  'of',
  'costs',
  'cost',
]);

function wordsOf(text: string): Set<string> {
  return new Set(
    foldText(text)
      .split(' ')
      .filter((w) => w.length > 1 && !GENERIC.has(w)),
  );
}

function amount(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/**
 * A sheet whose lines are the other sheets ("Marketing Team" for sheet 'Marketing', "Talent as a
 * Service (TaaS) Team" for 'TaaS'): converting it and them counts the money twice. Returns the
 * warning for that sheet, with each line's figure beside its sheet's own total where they differ.
 */
export function summarySheetWarning(plan: SheetPlan, others: readonly SheetPlan[]): string | null {
  const matched: { line: string; sheet: SheetPlan; lineTotal: number }[] = [];
  for (const line of plan.lines) {
    const words = wordsOf(line.name);
    const sheet = others.find(
      (o) => o.sheet !== plan.sheet && [...wordsOf(o.sheet)].some((w) => words.has(w)),
    );
    if (sheet) matched.push({ line: line.name, sheet, lineTotal: line.total });
  }
  if (matched.length < 2 || matched.length < plan.lines.length / 2) return null;
  const differ = matched.filter((m) => Math.abs(m.lineTotal - m.sheet.total) > 0.005);
  const sheets = matched.map((m) => `'${m.sheet.sheet}'`).join(', ');
  const base = `'${plan.sheet}' lists the totals of other sheets (${sheets}): convert either it or them, never both, or the money is counted twice.`;
  if (differ.length === 0) return `${base} Its lines equal those sheets' totals.`;
  return `${base} Its lines do not add up to those sheets: ${differ
    .map((m) => `'${m.line}' ${amount(m.lineTotal)} against ${amount(m.sheet.total)} on '${m.sheet.sheet}'`)
    .join('; ')}.`;
}
