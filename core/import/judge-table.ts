import type { TableDto } from '../contract/governance-service.js';
import type { TableAnalysis } from './analyze-table.js';
import { cellText, foldText } from './cell-text.js';
import { messages } from './import-messages.js';

/** Words of marketing and finance measures: rows named like this are metrics, not initiatives. */
const MEASURE =
  /\b(budget|spend|cost|costs|revenue|roas|orders|clicks|impressions|conversions?|ctr|cpc|cpa|leads|ads|sessions|reach|umsatz|kosten|ausgaben)\b/;
const PLAN_WORDS =
  /\b(plan|planned|budget|target|forecast|soll|ziel|ke hoach|planwert|prevision|presupuesto|anschlag)\b/;

export interface Judgement {
  verdict: TableDto['verdict'];
  /** For anything but a plan: the sentence that tells the user why. */
  reason: string | null;
}

/** Whether a table is a plan PlanGate can import, an export of actuals, or neither, and why. */
export function judgeTable(a: TableAnalysis, initiatives: number): Judgement {
  const { frame, periods, proposal, classification, view } = a;
  const mapping = proposal.mapping;
  const headerRow = frame.headerRow + 1;
  const initiativeRows = classification.rows.filter((r) => r.kind === 'initiative');

  if (periods.daily) {
    const dayCols: number[] = [];
    for (let c = frame.left; c <= frame.right; c++)
      if (typeof frame.headerCells[c] === 'number') dayCols.push(c);
    const firstPeriodCol = Math.min(...dayCols);
    let numbers = 0;
    let others = 0;
    for (let r = frame.firstRow; r <= frame.lastRow; r++) {
      for (const c of dayCols) {
        const cell = view.cell(r, c);
        // Day numbers of a calendar are dates, not amounts.
        const isDate = typeof cell === 'number' && Number.isInteger(cell) && cell >= 25_000 && cell <= 80_000;
        if (typeof cell === 'number' && !isDate) numbers++;
        else if (cellText(cell) !== '') others++;
      }
    }
    if (numbers <= others) {
      return {
        verdict: 'not-a-plan',
        reason: messages.calendar(frame.sheet, headerRow, periods.daily.first, periods.daily.last),
      };
    }
    const labelCol = bestTextColumn(a, frame.left, firstPeriodCol - 1);
    const labels = distinctTexts(a, labelCol);
    const groups = frame.left < labelCol ? distinctTexts(a, labelCol - 1, true) : [];
    return {
      verdict: 'not-a-plan',
      reason: messages.sideways(
        frame.sheet,
        headerRow,
        periods.daily.first,
        periods.daily.last,
        labelCol,
        labels,
        groups,
      ),
    };
  }
  const nameCol = mapping.fields.name?.column;
  if (nameCol !== undefined && initiativeRows.length >= 6) {
    const names = initiativeRows.map((r) => foldText(cellText(view.cell(r.row, nameCol))));
    const distinct = [...new Set(names)];
    const measures = distinct.filter((n) => MEASURE.test(n));
    if (
      measures.length >= 2 &&
      distinct.length <= names.length / 2 &&
      measures.length >= distinct.length / 2
    ) {
      return {
        verdict: 'not-a-plan',
        reason: messages.repeatedMeasures(frame.sheet, distinctTexts(a, nameCol)),
      };
    }
  }
  if (classification.valueColumns.length === 0) {
    const headers = [];
    for (let c = frame.left; c <= frame.right; c++)
      if (frame.headers[c]) headers.push(frame.headers[c].trim());
    const names =
      nameCol === undefined
        ? []
        : [...new Set(initiativeRows.map((r) => cellText(view.cell(r.row, nameCol))))];
    const why = proposal.rejected.filter((r) => r.rate).map((r) => r.reason);
    const rows = initiativeRows.length;
    if (rows === 0) return { verdict: 'not-a-plan', reason: messages.noRows(frame.sheet, headerRow) };
    return {
      verdict: 'not-a-plan',
      reason: messages.noValues(
        frame.sheet,
        headerRow,
        headers,
        rows,
        names.length === 1 && rows > 1 ? names[0] : null,
        [...new Set(why)],
      ),
    };
  }
  if (mapping.layout === 'long') {
    const amount = mapping.fields.amount!;
    const context = foldText([amount.header, ...frame.context].join(' '));
    if (!PLAN_WORDS.test(context)) {
      const period = mapping.fields.period!;
      return {
        verdict: 'actuals',
        reason: messages.actuals(
          frame.sheet,
          initiativeRows.length,
          `'${amount.header.trim()}' by '${period.header.trim()}'`,
        ),
      };
    }
  } else if (mapping.series === 'actual') {
    return {
      verdict: 'actuals',
      reason: messages.actuals(
        frame.sheet,
        initiativeRows.length,
        `${mapping.periodColumns
          .map((p) => `'${p.header}'`)
          .slice(0, 3)
          .join(', ')}…`,
      ),
    };
  }
  if (initiatives === 0) return { verdict: 'not-a-plan', reason: messages.noRows(frame.sheet, headerRow) };
  return { verdict: 'plan', reason: null };
}

function bestTextColumn(a: TableAnalysis, from: number, to: number): number {
  let best = from;
  let bestCount = -1;
  for (let c = from; c <= to; c++) {
    const p = a.profiles.get(c);
    if (p && p.texts > bestCount) {
      best = c;
      bestCount = p.texts;
    }
  }
  return best;
}

function distinctTexts(a: TableAnalysis, column: number, filled = false): string[] {
  const seen: string[] = [];
  for (let r = a.frame.firstRow; r <= a.frame.lastRow; r++) {
    const text = cellText(filled ? a.view.filled(r, column) : a.view.cell(r, column));
    if (text !== '' && !/^\d/.test(text) && !seen.includes(text)) seen.push(text);
  }
  return seen;
}
