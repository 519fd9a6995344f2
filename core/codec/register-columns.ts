import type { CellValue } from '../model/cell.js';
import {
  IMPACT_TYPES,
  LIGHTS,
  STATES,
  type DateField,
  type Initiative,
  type NumberField,
  type TextField,
} from '../model/initiative.js';
import type { Settings } from '../model/settings.js';
import type { ColumnKind } from '../contract/workbook-port.js';
import { parseChoice } from '../values/parse-choice.js';
import { parseDate } from '../values/parse-date.js';
import { parseCount } from '../values/parse-integer.js';
import { parseNumber } from '../values/parse-number.js';
import { readKeyList, writeKeyList } from '../values/key-list.js';
import { parseText } from '../values/parse-text.js';
import type { Parsed } from '../values/parsed.js';
import { serialFromIsoDate } from '../values/serial-date.js';
import { doiChoices, doiLabel, parseDoi } from './doi-cell.js';

/** One governed column of `PG Register`: its header (the contract), how it is read and written. */
export interface GovernedColumn {
  header: string;
  kind: ColumnKind;
  width: number;
  validation?: (settings: Settings) => readonly string[];
  /** Sets the field from the cell; returns what is wrong, or null. */
  decode(cell: CellValue | undefined, into: Initiative, settings: Settings): string | null;
  encode(initiative: Initiative, settings: Settings): CellValue;
}

function apply<T>(read: Parsed<T>, set: (value: T | null) => void): string | null {
  if (!read.ok) return read.message;
  set(read.value);
  return null;
}

function text(header: string, field: TextField, width = 14): GovernedColumn {
  return {
    header,
    kind: 'text',
    width,
    decode: (cell, into) => apply(parseText(cell), (v) => (into[field] = v ?? '')),
    encode: (i) => (i[field] === '' ? null : i[field]),
  };
}

function amount(header: string, field: NumberField, kind: ColumnKind): GovernedColumn {
  return {
    header,
    kind,
    width: 14,
    decode: (cell, into) => apply(parseNumber(cell), (v) => (into[field] = v)),
    encode: (i) => i[field],
  };
}

function date(header: string, field: DateField): GovernedColumn {
  return {
    header,
    kind: 'date',
    width: 12,
    decode: (cell, into) => apply(parseDate(cell), (v) => (into[field] = v)),
    // Serial numbers so the host shows, sorts and filters them as dates.
    encode: (i) => (i[field] === null ? null : serialFromIsoDate(i[field])),
  };
}

const STATE_SYNONYMS = {
  canceled: 'cancelled',
  onhold: 'on hold',
  hold: 'on hold',
  paused: 'on hold',
  open: 'active',
} as const;
const LIGHT_SYNONYMS = { yellow: 'amber', orange: 'amber', g: 'green', a: 'amber', r: 'red' } as const;

/** PRODUCT.md's governed columns, in its order. Header texts are the contract every host shares. */
export const GOVERNED_COLUMNS: readonly GovernedColumn[] = [
  text('ID', 'id', 12),
  text('Initiative', 'name', 32),
  text('Program', 'program'),
  text('Workstream', 'workstream'),
  text('Client', 'client'),
  text('Owner', 'owner'),
  text('Sponsor', 'sponsor'),
  text('Controller', 'controller'),
  {
    header: 'Impact type',
    kind: 'text',
    width: 12,
    validation: () => IMPACT_TYPES,
    decode: (cell, into) =>
      apply(parseChoice(cell, IMPACT_TYPES, 'Impact type'), (v) => (into.impactType = v)),
    encode: (i) => i.impactType,
  },
  text('KPI', 'kpi', 18),
  text('Unit', 'unit', 8),
  amount('Baseline', 'baseline', 'number'),
  amount('Target', 'target', 'money'),
  {
    header: 'DoI',
    kind: 'text',
    width: 14,
    validation: (settings) => doiChoices(settings.ladder),
    decode: (cell, into, settings) => apply(parseDoi(cell, settings.ladder), (v) => (into.doi = v ?? 0)),
    encode: (i, settings) => doiLabel(settings.ladder, i.doi),
  },
  {
    header: 'State',
    kind: 'text',
    width: 11,
    validation: () => STATES,
    decode: (cell, into) =>
      apply(parseChoice(cell, STATES, 'State', STATE_SYNONYMS), (v) => (into.state = v ?? 'active')),
    encode: (i) => i.state,
  },
  {
    header: 'Implementation status',
    kind: 'text',
    width: 12,
    validation: () => LIGHTS,
    decode: (cell, into) =>
      apply(
        parseChoice(cell, LIGHTS, 'Implementation status', LIGHT_SYNONYMS),
        (v) => (into.implementationStatus = v),
      ),
    encode: (i) => i.implementationStatus,
  },
  date('Start', 'start'),
  date('Due', 'due'),
  date('Next gate due', 'nextGateDue'),
  date('Last review', 'lastReview'),
  {
    header: 'Review every (days)',
    kind: 'integer',
    width: 10,
    decode: (cell, into) => apply(parseCount(cell, 'a number of days'), (v) => (into.reviewEveryDays = v)),
    encode: (i) => i.reviewEveryDays,
  },
  {
    header: 'Keys',
    kind: 'text',
    width: 18,
    decode: (cell, into) => {
      const read = parseText(cell);
      if (!read.ok) return read.message;
      const list = readKeyList(read.value ?? '');
      into.keys = list.keys;
      return list.problem;
    },
    encode: (i) => (i.keys.length === 0 ? null : writeKeyList(i.keys)),
  },
  amount('Confirmed value', 'confirmedValue', 'money'),
  text('Confirmed by', 'confirmedBy'),
  date('Confirmed at', 'confirmedAt'),
  text('Evidence', 'evidence', 24),
];

/**
 * `Keys` cell → list: comma, semicolon or line break separated, trimmed, blanks dropped; an entry
 * in double quotes may hold those ("Müller, Hans GmbH"). See core/values/key-list.ts.
 */
export function splitKeys(text: string): string[] {
  return readKeyList(text).keys;
}
