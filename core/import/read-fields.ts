import { cellAddress, type CellProblem, type CellValue } from '../model/cell.js';
import { IMPACT_TYPES, STATES, type Initiative, type Light } from '../model/initiative.js';
import type { FieldName, Mapping } from '../model/mapping.js';
import { parseChoice } from '../values/parse-choice.js';
import { parseDate } from '../values/parse-date.js';
import { readKeyList } from '../values/key-list.js';
import { cellText, foldText } from './cell-text.js';
import { readNumber } from './column-profile.js';
import { errorReading } from '../values/value-hints.js';
import type { SheetView } from './sheet-view.js';

const LIGHTS: Record<string, Light> = {
  green: 'green',
  gruen: 'green',
  grun: 'green',
  g: 'green',
  'on track': 'green',
  vert: 'green',
  verde: 'green',
  amber: 'amber',
  yellow: 'amber',
  gelb: 'amber',
  a: 'amber',
  y: 'amber',
  'at risk': 'amber',
  orange: 'amber',
  amarillo: 'amber',
  red: 'red',
  rot: 'red',
  r: 'red',
  'off track': 'red',
  rouge: 'red',
  rojo: 'red',
};

const STATE_SYNONYMS: Record<string, (typeof STATES)[number]> = {
  aktiv: 'active',
  'in progress': 'active',
  open: 'active',
  upcoming: 'active',
  planned: 'active',
  'not started': 'active',
  paused: 'on hold',
  pausiert: 'on hold',
  'on-hold': 'on hold',
  canceled: 'cancelled',
  abgebrochen: 'cancelled',
  gestoppt: 'cancelled',
  stopped: 'cancelled',
  abgeschlossen: 'closed',
  completed: 'closed',
  done: 'closed',
};

const IMPACT_SYNONYMS: Record<string, (typeof IMPACT_TYPES)[number]> = {
  umsatz: 'revenue',
  sales: 'revenue',
  'revenue uplift': 'revenue',
  marge: 'margin',
  'gross margin': 'margin',
  kosten: 'cost',
  'cost saving': 'cost',
  'cost savings': 'cost',
  savings: 'cost',
  einsparung: 'cost',
  liquiditat: 'cash',
  'working capital': 'cash',
  sonstige: 'other',
};

/** The row being read: where it is and where its problems go. */
interface RowContext {
  view: SheetView;
  r: number;
  mapping: Mapping;
  problems: CellProblem[];
}

function cellOf(ctx: RowContext, field: FieldName): CellValue {
  const m = ctx.mapping.fields[field];
  return m ? ctx.view.filled(ctx.r, m.column) : null;
}

function problemAt(ctx: RowContext, field: FieldName, message: string): void {
  const m = ctx.mapping.fields[field];
  if (m) ctx.problems.push({ sheet: ctx.view.name, cell: cellAddress(ctx.r, m.column), message });
}

function textOfField(ctx: RowContext, field: FieldName): string {
  return ctx.mapping.fields[field] ? cellText(cellOf(ctx, field)) : '';
}

function numberOf(ctx: RowContext, field: FieldName): number | null {
  const value = cellOf(ctx, field);
  if (value === null) return null;
  const read = readNumber(value, ctx.view.hints.decimalMark ?? 'auto', errorReading(ctx.view.hints));
  if (read.problem) problemAt(ctx, field, read.problem);
  return Number.isNaN(read.value) ? null : read.value;
}

function dateOf(ctx: RowContext, field: FieldName): string | null {
  if (!ctx.mapping.fields[field]) return null;
  const read = parseDate(cellOf(ctx, field));
  if (!read.ok) {
    problemAt(ctx, field, read.message);
    return null;
  }
  return read.value;
}

/**
 * The keys of a plan's Keys cell, read as the register's Keys column reads them: a key holding a
 * comma is typed in double quotes (`"Müller, Hans GmbH", CAMP-7`). Cells without a quote may also
 * separate keys with `|`, as plan sheets sometimes do. A quote never closed is a problem at the cell.
 */
function keysOf(ctx: RowContext): string[] {
  const text = textOfField(ctx, 'keys');
  if (text === '') return [];
  const read = readKeyList(text);
  if (read.problem) problemAt(ctx, 'keys', `Keys: ${read.problem}`);
  const quoted = /["“„”]/.test(text);
  const keys = quoted ? read.keys : read.keys.flatMap((k) => k.split('|').map((part) => part.trim()));
  return [...new Set(keys.filter((k) => k !== ''))];
}

/** A reader of many rows under one mapping. */
export function fieldReader(
  view: SheetView,
  mapping: Mapping,
  problems: CellProblem[],
): (r: number, into: Initiative) => void {
  const ctx: RowContext = { view, r: 0, mapping, problems };
  return (r, into) => {
    ctx.r = r;
    readInto(ctx, into);
  };
}

/** What a row's mapped cells say about the register fields; unreadable cells become problems. */
export function readFields(
  view: SheetView,
  r: number,
  mapping: Mapping,
  into: Initiative,
  problems: CellProblem[],
): void {
  readInto({ view, r, mapping, problems }, into);
}

function readInto(ctx: RowContext, into: Initiative): void {
  const f = ctx.mapping.fields;
  into.name = textOfField(ctx, 'name');
  into.workstream = textOfField(ctx, 'workstream');
  into.client = textOfField(ctx, 'client');
  into.owner = textOfField(ctx, 'owner');
  into.sponsor = textOfField(ctx, 'sponsor');
  into.controller = textOfField(ctx, 'controller');
  into.kpi = textOfField(ctx, 'kpi');
  into.unit = textOfField(ctx, 'unit');
  into.keys = keysOf(ctx);
  into.baseline = numberOf(ctx, 'baseline');
  const target = numberOf(ctx, 'target');
  into.target = target === null ? null : target * (ctx.mapping.scale || 1);
  into.reviewEveryDays = numberOf(ctx, 'reviewEveryDays');
  into.start = dateOf(ctx, 'start');
  into.due = dateOf(ctx, 'due');
  into.lastReview = dateOf(ctx, 'lastReview');
  into.nextGateDue = dateOf(ctx, 'nextGateDue');

  const status = textOfField(ctx, 'implementationStatus');
  if (status !== '') {
    const found = LIGHTS[foldText(status)];
    if (found) into.implementationStatus = found;
    else problemAt(ctx, 'implementationStatus', `'${status}' is not a status light: use green, amber or red`);
  }
  if (f.state && textOfField(ctx, 'state') !== '') {
    const read = parseChoice(cellOf(ctx, 'state'), STATES, 'state', STATE_SYNONYMS);
    if (read.ok && read.value) into.state = read.value;
    else if (!read.ok) problemAt(ctx, 'state', read.message);
  }
  if (f.impactType && textOfField(ctx, 'impactType') !== '') {
    const read = parseChoice(cellOf(ctx, 'impactType'), IMPACT_TYPES, 'impact type', IMPACT_SYNONYMS);
    if (read.ok) into.impactType = read.value;
    else problemAt(ctx, 'impactType', read.message);
  }
  const doi = textOfField(ctx, 'doi');
  if (doi !== '') {
    const match = /^\s*(?:doi|l|level|stufe)?\s*(\d)\b/i.exec(doi);
    if (match) into.doi = Number(match[1]);
    else problemAt(ctx, 'doi', `'${doi}' is not a DoI level: type a number such as 2`);
  }
}
