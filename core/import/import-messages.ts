/** Every message plan import shows a user about a whole table, in one place. */
import { columnLetter } from '../model/cell.js';

const list = (items: readonly string[], max = 4): string =>
  items.length <= max ? items.join(', ') : `${items.slice(0, max).join(', ')}…`;

export const messages = {
  noTable: (sheet: string): string =>
    `'${sheet}' has no table: PlanGate looks for a header row with at least two column names and rows below it.`,

  sideways: (
    sheet: string,
    headerRow: number,
    first: string,
    last: string,
    labelColumn: number,
    labels: readonly string[],
    groups: readonly string[],
  ): string =>
    `'${sheet}' is laid out sideways: the days run across row ${headerRow} (${first} … ${last}) and the measures (${list(labels)}) run down column ${columnLetter(labelColumn)}` +
    (groups.length ? `, repeated for ${list(groups, 6)}` : '') +
    `. PlanGate needs one row per initiative with its plan in month columns (Jan, Feb… or 2027-01), or one row per initiative and month. Rearrange the figures that way on a new sheet, or pick another sheet.`,

  calendar: (sheet: string, headerRow: number, first: string, last: string): string =>
    `'${sheet}' is a calendar (days ${first} … ${last} across row ${headerRow}, with names rather than amounts under them), not a plan.`,

  repeatedMeasures: (sheet: string, labels: readonly string[]): string =>
    `'${sheet}' lists measures (${list(labels)}) as rows, repeated in blocks, rather than one row per initiative. PlanGate needs one row per initiative with its plan per month; rearrange the sheet that way, or pick another sheet.`,

  noValues: (
    sheet: string,
    headerRow: number,
    headers: readonly string[],
    rows: number,
    onlyName: string | null,
    why: readonly string[],
  ): string =>
    `'${sheet}' has a table (header in row ${headerRow}: ${list(headers, 5)}) with ${rows} row${rows === 1 ? '' : 's'}` +
    (onlyName ? ` (all named '${onlyName}')` : '') +
    ` but no plan values: no column holds months (Jan, 2027-01), quarters (Q1 FY27), years (Plan 2027) or a plan total` +
    (why.length ? ` (${why.join('; ')})` : '') +
    `. Add the planned amounts per month and import again, or pick another sheet.`,

  actuals: (sheet: string, rows: number, what: string): string =>
    `'${sheet}' looks like an export of actuals (${rows} rows: ${what}), not a plan. Use Import actuals for it, which matches its rows to initiatives by ID or key.`,

  noRows: (sheet: string, headerRow: number): string =>
    `'${sheet}' has a header in row ${headerRow} but no initiative rows below it.`,

  noPlan: (source: string, main: string, others: readonly string[]): string =>
    `No plan found in ${source}. ${main}` +
    (others.length ? ` The other sheets (${list(others, 5)}) hold no plan either.` : ''),

  emptyWorkbook: (source: string): string =>
    `${source} has no sheets with data. Open the file to check it is the plan, or export it again.`,

  sheetMissing: (sheet: string, source: string): string =>
    `There is no sheet '${sheet}' in ${source}. Pick one of the sheets listed.`,
};
