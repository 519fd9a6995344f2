import { columnLetter } from '../model/cell.js';
import type { FieldMapping, FieldName, Mapping } from '../model/mapping.js';
import type { QuestionDto } from '../contract/governance-service.js';
import { parseDate } from '../values/parse-date.js';
import { cellText, foldText } from './cell-text.js';
import type { ColumnProfile } from './column-profile.js';
import { FIELD_TITLES, matchHeader } from './header-synonyms.js';
import { readPeriodHeader } from './period-header.js';
import { detectCurrency, type PlanCurrency } from './plan-currency.js';
import { choosePlanTotal } from './plan-total-column.js';
import type { ResolvedPeriods } from './resolve-periods.js';
import type { SheetView } from './sheet-view.js';
import type { TableFrame } from './table-frame.js';

type Kind = 'text' | 'number' | 'date' | 'period' | 'any';

const KIND: Record<FieldName, Kind> = {
  id: 'any',
  name: 'text',
  program: 'text',
  workstream: 'text',
  client: 'text',
  owner: 'text',
  sponsor: 'text',
  controller: 'text',
  impactType: 'text',
  kpi: 'text',
  unit: 'text',
  baseline: 'number',
  target: 'number',
  doi: 'any',
  state: 'text',
  implementationStatus: 'text',
  start: 'date',
  due: 'date',
  keys: 'any',
  lastReview: 'date',
  nextGateDue: 'date',
  reviewEveryDays: 'number',
  period: 'period',
  amount: 'number',
  planTotal: 'number',
};

/** Headers of columns that hold categories, never people, even when the values are capitalised words. */
const NOT_PEOPLE =
  /\b(type|strategy|status|category|stage|kind|art|typ|channel|kanal|segment|source|reason)\b/;

const LIGHT_WORDS =
  /^(green|amber|red|yellow|gr[uü]n|gelb|rot|on track|at risk|off track|g|a|r|vert|orange|rouge|verde|rojo|amarillo)$/i;
const STATE_WORDS =
  /^(active|on hold|cancelled|canceled|closed|aktiv|pausiert|abgebrochen|gestoppt|abgeschlossen|paused|stopped|done|completed|in progress|planned|upcoming|not started)$/i;

interface Candidate {
  field: FieldName;
  column: number;
  confidence: number;
  reason: string;
}

export interface Proposal {
  mapping: Mapping;
  /** Header-less text columns that label groups of rows (program names, sessions). */
  labelColumns: number[];
  warnings: string[];
  /** The currency the sheet names for its amounts; whether to warn depends on the register. */
  currency: PlanCurrency | null;
  /** Why a column that looked like a field was not used, for messages. */
  rejected: { column: number; field: FieldName; reason: string; rate?: boolean }[];
  /** What the sheet leaves open, with the answer assumed. */
  questions: QuestionDto[];
}

/** Propose which column holds which register field, with a confidence and a reason for each. */
export function proposeMapping(
  view: SheetView,
  frame: TableFrame,
  profiles: ReadonlyMap<number, ColumnProfile>,
  periods: ResolvedPeriods,
): Proposal {
  const warnings: string[] = [];
  const questions: QuestionDto[] = [];
  const rejected: Proposal['rejected'] = [];
  const periodCols = new Set([...periods.columns.map((p) => p.column), ...periods.totalColumns]);
  const candidates = matchHeaderCandidates(view, frame, profiles, periodCols, rejected);
  applyBudgetRate(view, frame, candidates, rejected);
  const { fields, usedColumns } = assignBestCandidates(candidates, frame);
  inferByContent(frame, profiles, fields, usedColumns, periodCols);
  const labelColumns = findLabelColumns(frame, profiles, usedColumns, periodCols);
  splitGroupedNameColumn(fields, labelColumns, profiles);
  inferLongAmount(frame, profiles, periods, fields, usedColumns);
  inferPeriodFromDate(periods, fields);
  const layout = chooseLayout(frame, profiles, periods, fields, rejected, questions);
  const mapping: Mapping = {
    sheet: frame.sheet,
    headerRow: frame.headerRow + 1,
    layout,
    fields,
    periodColumns: periods.columns.map((p) => ({ ...p })),
    series: periods.series,
    scale: detectScale(frame, periods),
  };
  const currency = detectCurrency(frame, mapping, view);
  if (currency) mapping.currency = currency.code;
  if (mapping.scale !== 1)
    warnings.push(
      `Amounts are multiplied by ${mapping.scale.toLocaleString('en-US')}: the sheet says its figures are in ${mapping.scale === 1000 ? 'thousands' : 'millions'}.`,
    );
  return { mapping, labelColumns, warnings, currency, rejected, questions };
}

/** Every field a column's header names and its content fits; the misfits go to `rejected`. */
function matchHeaderCandidates(
  view: SheetView,
  frame: TableFrame,
  profiles: ReadonlyMap<number, ColumnProfile>,
  periodCols: ReadonlySet<number>,
  rejected: Proposal['rejected'],
): Candidate[] {
  const candidates: Candidate[] = [];
  for (let c = frame.left; c <= frame.right; c++) {
    if (periodCols.has(c)) continue;
    const header = frame.headers[c] ?? '';
    const profile = profiles.get(c);
    if (!profile || header === '') continue;
    for (const match of matchHeader(header)) {
      const fit = contentFit(match.field, profile, view, frame);
      if (fit.ok) {
        candidates.push({
          field: match.field,
          column: c,
          confidence: round2(match.confidence * fit.factor),
          reason: fit.note ? `${match.reason}; ${fit.note}` : match.reason,
        });
      } else {
        rejected.push({
          column: c,
          field: match.field,
          reason: `header '${header}' suggests ${FIELD_TITLES[match.field]}, but ${fit.note}`,
        });
      }
    }
  }
  return candidates;
}

/** Most confident first: each field takes one column and each column serves one field. */
function assignBestCandidates(
  candidates: Candidate[],
  frame: TableFrame,
): { fields: Mapping['fields']; usedColumns: Set<number> } {
  const fields: Mapping['fields'] = {};
  const usedColumns = new Set<number>();
  candidates.sort((a, b) => b.confidence - a.confidence || a.column - b.column);
  for (const cand of candidates) {
    if (fields[cand.field] || usedColumns.has(cand.column)) continue;
    fields[cand.field] = dto(cand, frame);
    usedColumns.add(cand.column);
  }
  return { fields, usedColumns };
}

/** Header-less, unused columns of mostly text: labels of groups of rows (program names, sessions). */
function findLabelColumns(
  frame: TableFrame,
  profiles: ReadonlyMap<number, ColumnProfile>,
  usedColumns: ReadonlySet<number>,
  periodCols: ReadonlySet<number>,
): number[] {
  const labelColumns: number[] = [];
  for (let c = frame.left; c <= frame.right; c++) {
    if ((frame.headers[c] ?? '') !== '' || usedColumns.has(c) || periodCols.has(c)) continue;
    const profile = profiles.get(c);
    if (profile && profile.texts > 0 && profile.numbers <= profile.texts) labelColumns.push(c);
  }
  return labelColumns;
}

/** A header-less text column right of the name column holds the items; the name column holds their groups. */
function splitGroupedNameColumn(
  fields: Mapping['fields'],
  labelColumns: number[],
  profiles: ReadonlyMap<number, ColumnProfile>,
): void {
  const name = fields.name;
  if (!name || !labelColumns.includes(name.column + 1)) return;
  const inner = name.column + 1;
  const innerProfile = profiles.get(inner)!;
  const outerProfile = profiles.get(name.column)!;
  fields.name = {
    column: inner,
    header: name.header,
    confidence: round2(name.confidence * 0.9),
    reason: `column ${columnLetter(inner)} has no header of its own; under '${name.header}' it holds ${innerProfile.distinctTexts} names grouped by the ${outerProfile.distinctTexts} labels in column ${columnLetter(name.column)}`,
  };
  labelColumns.splice(labelColumns.indexOf(inner), 1, name.column);
  if (!fields.program) {
    fields.program = {
      column: name.column,
      header: name.header,
      confidence: 0.7,
      reason: `the labels in column ${columnLetter(name.column)} group the names in column ${columnLetter(inner)}`,
    };
  }
}

/** A period column without a named amount: the one numeric column left holds the amounts. */
function inferLongAmount(
  frame: TableFrame,
  profiles: ReadonlyMap<number, ColumnProfile>,
  periods: ResolvedPeriods,
  fields: Mapping['fields'],
  usedColumns: Set<number>,
): void {
  if (periods.columns.length !== 0 || !fields.period || fields.amount) return;
  const numeric = [...profiles.values()].filter(
    (p) =>
      !usedColumns.has(p.column) &&
      p.numbers > 0 &&
      p.numbers >= (p.nonBlank - p.placeholders) * 0.8 &&
      p.percents === 0,
  );
  if (numeric.length !== 1) return;
  const p = numeric[0];
  fields.amount = {
    column: p.column,
    header: frame.headers[p.column] ?? '',
    confidence: 0.6,
    reason: `the only column of amounts beside the period column '${fields.period.header}'`,
  };
  usedColumns.add(p.column);
}

/** One amount per row with a date beside it (a CRM or ERP export): the date says which month it falls in. */
function inferPeriodFromDate(periods: ResolvedPeriods, fields: Mapping['fields']): void {
  if (periods.columns.length !== 0 || fields.period || !fields.amount) return;
  const dated = (['due', 'start'] as const).map((f) => fields[f]).find((m) => m !== undefined);
  if (!dated) return;
  fields.period = {
    column: dated.column,
    header: dated.header,
    confidence: round2(dated.confidence * 0.7),
    reason: `'${dated.header}' dates each row's '${fields.amount.header}', so the amount falls in that month`,
  };
}

/**
 * Wide with period columns, long with a period and an amount, else wide with one plan total:
 * drops the fields the layout does not use and picks the plan total when no header names it.
 */
function chooseLayout(
  frame: TableFrame,
  profiles: ReadonlyMap<number, ColumnProfile>,
  periods: ResolvedPeriods,
  fields: Mapping['fields'],
  rejected: Proposal['rejected'],
  questions: QuestionDto[],
): Mapping['layout'] {
  if (periods.columns.length > 0) {
    delete fields.period;
    delete fields.amount;
    delete fields.planTotal;
    return 'wide';
  }
  if (fields.period && fields.amount) {
    delete fields.planTotal;
    return 'long';
  }
  delete fields.period;
  delete fields.amount;
  if (!fields.planTotal) pickPlanTotalColumn(frame, profiles, fields, rejected, questions);
  return 'wide';
}

/** The plan total no header names, chosen from the numeric columns left; asks when it is not sure. */
function pickPlanTotalColumn(
  frame: TableFrame,
  profiles: ReadonlyMap<number, ColumnProfile>,
  fields: Mapping['fields'],
  rejected: Proposal['rejected'],
  questions: QuestionDto[],
): void {
  const used = new Set([
    ...Object.values(fields).map((f) => f.column),
    ...rejected.filter((r) => r.rate).map((r) => r.column),
  ]);
  const choice = choosePlanTotal(frame, profiles, used);
  if (!choice) return;
  fields.planTotal = choice.chosen;
  if (choice.alternatives.length > 0 || choice.chosen.confidence < 0.8) {
    const others = choice.alternatives.map((a) => `'${a}'`).join(', ');
    questions.push({
      kind: 'plan-columns',
      text:
        choice.alternatives.length > 0
          ? `Which column of '${frame.sheet}' is the plan: '${choice.chosen.header.trim()}' or ${others}?`
          : `Is '${choice.chosen.header.trim()}' (column ${columnLetter(choice.chosen.column)}) the plan of each row of '${frame.sheet}'? Nothing in its header says planned.`,
      assumed: choice.chosen.header.trim(),
      choices: [choice.chosen.header.trim(), ...choice.alternatives],
    });
  }
}

function dto(cand: Candidate, frame: TableFrame): FieldMapping {
  return {
    column: cand.column,
    header: frame.headers[cand.column] ?? '',
    confidence: cand.confidence,
    reason: cand.reason,
  };
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

interface Fit {
  ok: boolean;
  factor: number;
  note: string;
}

function contentFit(field: FieldName, p: ColumnProfile, view: SheetView, frame: TableFrame): Fit {
  const filled = p.nonBlank - p.placeholders;
  if (filled === 0) return { ok: true, factor: 0.8, note: 'the column is empty so far' };
  const share = (n: number): number => n / filled;
  switch (KIND[field]) {
    case 'number':
      if (p.percents > p.numbers / 2 && field !== 'baseline' && field !== 'target') {
        return { ok: false, factor: 0, note: 'it holds percentages, not amounts' };
      }
      return share(p.numbers) >= 0.6
        ? { ok: true, factor: 1, note: '' }
        : { ok: false, factor: 0, note: `only ${p.numbers} of its ${filled} filled cells are numbers` };
    case 'date':
      return share(p.dates) >= 0.6
        ? { ok: true, factor: 1, note: '' }
        : { ok: false, factor: 0, note: `only ${p.dates} of its ${filled} filled cells are dates` };
    case 'period': {
      const periodCells = countPeriodCells(view, frame, p.column);
      return periodCells.share >= 0.6
        ? { ok: true, factor: 1, note: '' }
        : { ok: false, factor: 0, note: 'its cells are not months, quarters or dates' };
    }
    case 'text': {
      if (field === 'implementationStatus' || field === 'state') return choiceFit(field, view, frame, p);
      if (field === 'name' && p.placeholders > filled) {
        return { ok: false, factor: 0, note: `most of its cells are placeholders such as #N/A` };
      }
      if (field === 'name' && share(p.texts) < 0.6) {
        return { ok: false, factor: 0, note: `only ${p.texts} of its ${filled} filled cells are names` };
      }
      if (share(p.texts + p.codes) < 0.5 && share(p.texts) < 0.5) {
        return { ok: false, factor: 0, note: 'it holds numbers or dates, not text' };
      }
      if (field === 'owner' && p.opaqueIds > p.texts * 0.5) {
        return {
          ok: true,
          factor: 0.7,
          note: `it holds system IDs such as ${p.examples[0] ?? ''}, not names`,
        };
      }
      return { ok: true, factor: 1, note: '' };
    }
    default:
      if (field === 'id' && p.texts > 0 && p.distinctTexts < p.texts * 0.9) {
        return {
          ok: false,
          factor: 0,
          note: `its values repeat (${p.examples.slice(0, 2).join(', ')}), so they cannot identify rows`,
        };
      }
      return { ok: true, factor: 1, note: '' };
  }
}

/** A status column is the owner's light only when it holds light words; lifecycle words make it a State. */
function choiceFit(
  field: 'implementationStatus' | 'state',
  view: SheetView,
  frame: TableFrame,
  p: ColumnProfile,
): Fit {
  let lights = 0;
  let states = 0;
  let other = 0;
  for (let r = frame.firstRow; r <= Math.min(frame.lastRow, frame.firstRow + 500); r++) {
    const text = cellText(view.cell(r, p.column));
    if (text === '') continue;
    if (LIGHT_WORDS.test(text)) lights++;
    else if (STATE_WORDS.test(text)) states++;
    else other++;
  }
  const total = lights + states + other;
  if (total === 0) return { ok: true, factor: 0.8, note: 'the column is empty so far' };
  if (field === 'implementationStatus') {
    return lights / total >= 0.6
      ? { ok: true, factor: 1, note: '' }
      : {
          ok: false,
          factor: 0,
          note: `its values (${p.examples.slice(0, 3).join(', ')}) are not green, amber or red`,
        };
  }
  return (states + lights) / total >= 0.6
    ? { ok: true, factor: 0.8, note: '' }
    : { ok: false, factor: 0, note: `its values (${p.examples.slice(0, 3).join(', ')}) are not states` };
}

function countPeriodCells(view: SheetView, frame: TableFrame, column: number): { share: number } {
  let filled = 0;
  let periods = 0;
  const end = Math.min(frame.lastRow, frame.firstRow + 300);
  for (let r = frame.firstRow; r <= end; r++) {
    const cell = view.cell(r, column);
    if (cell === null || cellText(cell) === '') continue;
    filled++;
    if (readPeriodHeader(cell) !== null || (typeof cell === 'string' && parseDate(cell).ok)) periods++;
  }
  return { share: filled === 0 ? 0 : periods / filled };
}

/** "Budget" next to "Budget type: Daily" is a spending rate, not a plan total. */
function applyBudgetRate(
  view: SheetView,
  frame: TableFrame,
  candidates: Candidate[],
  rejected: Proposal['rejected'],
): void {
  let typeColumn = -1;
  for (let c = frame.left; c <= frame.right; c++) {
    if (/\bbudget (type|period)\b|\bbudgettyp/.test(foldText(frame.headers[c] ?? ''))) typeColumn = c;
  }
  if (typeColumn < 0) return;
  let daily = 0;
  for (let r = frame.firstRow; r <= frame.lastRow; r++) {
    if (/^(daily|t[aä]glich|per day|pro tag)$/i.test(cellText(view.cell(r, typeColumn)))) daily++;
  }
  if (daily === 0) return;
  for (let i = candidates.length - 1; i >= 0; i--) {
    const cand = candidates[i];
    if (
      (cand.field === 'planTotal' || cand.field === 'amount') &&
      /^budget$/.test(foldText(frame.headers[cand.column] ?? ''))
    ) {
      rejected.push({
        column: cand.column,
        field: cand.field,
        rate: true,
        reason: `'${frame.headers[cand.column]}' is a daily budget (see '${frame.headers[typeColumn]}'), not a plan total`,
      });
      candidates.splice(i, 1);
    }
  }
}

/** Fields no header names, found from what the columns hold. */
function inferByContent(
  frame: TableFrame,
  profiles: ReadonlyMap<number, ColumnProfile>,
  fields: Mapping['fields'],
  used: Set<number>,
  periodCols: ReadonlySet<number>,
): void {
  const free = (): ColumnProfile[] =>
    [...profiles.values()].filter(
      (p) => !used.has(p.column) && !periodCols.has(p.column) && (frame.headers[p.column] ?? '') !== '',
    );
  if (!fields.name) {
    const best = free()
      .filter(
        (p) =>
          p.texts >= 2 &&
          p.texts / Math.max(1, p.nonBlank - p.placeholders) >= 0.6 &&
          p.distinctTexts >= Math.max(2, p.texts * 0.5),
      )
      .sort((a, b) => b.distinctTexts - a.distinctTexts || a.column - b.column)[0];
    if (best) {
      fields.name = {
        column: best.column,
        header: frame.headers[best.column] ?? '',
        confidence: 0.55,
        reason: `column holds ${best.distinctTexts} distinct names such as '${best.examples[0] ?? ''}'`,
      };
      used.add(best.column);
    }
  }
  // No column looks like names: the text column that tells most rows apart names them (a grid of
  // jurisdiction × function, or a category per line); repeated names are told apart later.
  if (!fields.name) {
    // A grouping column (Program, Workstream, Client) that tells the rows apart names them.
    const groups = (['program', 'workstream', 'client'] as const)
      .map((f) => ({ field: f, m: fields[f], p: fields[f] ? profiles.get(fields[f].column) : undefined }))
      .filter((g) => g.m && g.p && g.p.texts >= 2)
      .sort((a, b) => b.p!.distinctTexts - a.p!.distinctTexts);
    const group = groups[0];
    const best = free()
      .filter((p) => p.texts >= 2 && p.texts / Math.max(1, p.nonBlank - p.placeholders) >= 0.6)
      .sort((a, b) => b.distinctTexts - a.distinctTexts || a.column - b.column)[0];
    if (group && (!best || group.p!.distinctTexts >= best.distinctTexts)) {
      fields.name = {
        ...group.m!,
        confidence: 0.5,
        reason: `no other column names the rows; '${group.m!.header}' holds ${group.p!.distinctTexts} distinct labels such as '${group.p!.examples[0] ?? ''}'`,
      };
      delete fields[group.field];
    } else if (best) {
      fields.name = {
        column: best.column,
        header: frame.headers[best.column] ?? '',
        confidence: 0.45,
        reason: `no column holds a distinct name per row; '${frame.headers[best.column] ?? ''}' tells most rows apart (${best.distinctTexts} labels such as '${best.examples[0] ?? ''}')`,
      };
      used.add(best.column);
    }
  }
  if (!fields.owner) {
    const best = free()
      .filter((p) => !NOT_PEOPLE.test(foldText(frame.headers[p.column] ?? '')))
      .filter(
        (p) =>
          p.personLike >= 2 &&
          p.personLike >= p.texts * 0.7 &&
          p.distinctTexts < p.texts &&
          p.distinctTexts <= 40,
      )
      .sort((a, b) => b.personLike - a.personLike)[0];
    if (best) {
      fields.owner = {
        column: best.column,
        header: frame.headers[best.column] ?? '',
        confidence: 0.5,
        reason: `column holds ${best.distinctTexts} distinct names like a person list (${best.examples.slice(0, 2).join(', ')})`,
      };
      used.add(best.column);
    }
  }
}

/** "in k€", "TEUR", "(000)", "in Tsd." → 1000; "in Mio", "in millions" → 1,000,000. */
function detectScale(frame: TableFrame, periods: ResolvedPeriods): number {
  const texts = [...frame.context, ...periods.columns.map((p) => p.header)].map((t) => t.toLowerCase());
  for (const text of texts) {
    if (
      /\b(in\s+)?(k€|keur|teur|tsd\.?\s*(€|eur)?|thousands|tausend|\(000\)|'000|k\$|kusd)(?=\W|$)/.test(text)
    )
      return 1000;
    if (/\b(in\s+)(mio\.?|millions?|m€|meur|mn)(?=\W|$)/.test(text)) return 1_000_000;
  }
  return 1;
}
