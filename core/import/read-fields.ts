import { cellAddress, type CellProblem, type CellValue } from '../model/cell.js';
import { IMPACT_TYPES, STATES, type Initiative, type Light } from '../model/initiative.js';
import type { FieldName, MappingDto } from '../service/governance-service.js';
import { parseChoice } from '../values/parse-choice.js';
import { parseDate } from '../values/parse-date.js';
import { cellText, foldText } from './cell-text.js';
import { readNumber } from './column-profile.js';
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

/** What a row's mapped cells say about the register fields; unreadable cells become problems. */
export function readFields(
  view: SheetView,
  r: number,
  mapping: MappingDto,
  into: Initiative,
  problems: CellProblem[],
): void {
  const f = mapping.fields;
  const cell = (field: FieldName): CellValue => {
    const m = f[field];
    return m ? view.filled(r, m.column) : null;
  };
  const problem = (field: FieldName, message: string): void => {
    const m = f[field];
    if (m) problems.push({ sheet: view.name, cell: cellAddress(r, m.column), message });
  };
  const text = (field: FieldName): string => cellText(cell(field));
  into.name = text('name');
  into.workstream = text('workstream');
  into.client = text('client');
  into.owner = text('owner');
  into.sponsor = text('sponsor');
  into.controller = text('controller');
  into.kpi = text('kpi');
  into.unit = text('unit');
  const keys = text('keys');
  into.keys =
    keys === ''
      ? []
      : [
          ...new Set(
            keys
              .split(/[,;\n|]+/)
              .map((k) => k.trim())
              .filter((k) => k !== ''),
          ),
        ];

  const number = (field: FieldName): number | null => {
    const value = cell(field);
    if (value === null) return null;
    const read = readNumber(value, 'auto');
    if (read.problem) problem(field, read.problem);
    return Number.isNaN(read.value) ? null : read.value;
  };
  into.baseline = number('baseline');
  into.target = number('target') === null ? null : number('target')! * (mapping.scale || 1);
  into.reviewEveryDays = number('reviewEveryDays');

  const date = (field: FieldName): string | null => {
    const read = parseDate(cell(field));
    if (!read.ok) {
      problem(field, read.message);
      return null;
    }
    return read.value;
  };
  into.start = date('start');
  into.due = date('due');
  into.lastReview = date('lastReview');
  into.nextGateDue = date('nextGateDue');

  const light = foldText(text('implementationStatus'));
  if (light !== '') {
    const found = LIGHTS[light];
    if (found) into.implementationStatus = found;
    else
      problem(
        'implementationStatus',
        `'${text('implementationStatus')}' is not a status light: use green, amber or red`,
      );
  }
  if (f.state && text('state') !== '') {
    const read = parseChoice(cell('state'), STATES, 'state', STATE_SYNONYMS);
    if (read.ok && read.value) into.state = read.value;
    else if (!read.ok) problem('state', read.message);
  }
  if (f.impactType && text('impactType') !== '') {
    const read = parseChoice(cell('impactType'), IMPACT_TYPES, 'impact type', IMPACT_SYNONYMS);
    if (read.ok) into.impactType = read.value;
    else problem('impactType', read.message);
  }
  if (f.doi && text('doi') !== '') {
    const match = /^\s*(?:doi|l|level|stufe)?\s*(\d)\b/i.exec(text('doi'));
    if (match) into.doi = Number(match[1]);
    else problem('doi', `'${text('doi')}' is not a DoI level: type a number such as 2`);
  }
}
