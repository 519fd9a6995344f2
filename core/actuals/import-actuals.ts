import { cellAddress, type CellValue, type Grid } from '../model/cell.js';
import type { Period } from '../model/period.js';
import type { Register } from '../model/register.js';
import { isPlanGateSheet } from '../model/sheets.js';
import type { WorkbookRead } from '../contract/workbook-port.js';
import type { ValueHints } from '../values/value-hints.js';
import type { ActualsReportDto } from '../contract/governance-service.js';
import { canonicalJson } from '../seal/canonical-json.js';
import type { ActualsLine, ActualsMapping, ActualsOptions, ActualsResult } from './actuals-types.js';
import { amountMeaning } from '../values/amount-meaning.js';
import { bookActuals } from './book-actuals.js';
import { dateOrderWarning } from './date-order-warning.js';
import { sealedActualsWarnings } from './sealed-actuals-warnings.js';
import { overrunWarnings } from './overrun-warnings.js';
import { spreadOverPlan } from './spread-over-plan.js';
import { amountReader, columnCells, isBlank } from './column-values.js';
import {
  detectAmountColumn,
  detectCurrencyColumn,
  detectKeyColumn,
  detectPeriodColumn,
  detectPeriodColumns,
  detectStageColumn,
  headerText,
  type ColumnChoice,
} from './detect-columns.js';
import { findHeaderRow } from './find-header-row.js';
import { TOTAL_LABEL } from './header-hints.js';
import { buildKeyIndex, normalizeKey } from './key-index.js';
import { readPeriod } from './read-period.js';
import { actualsWarnings, type SkippedRow } from './actuals-warnings.js';

/**
 * Match a CRM or ERP export to the register's initiatives and replace their actuals for the
 * periods the export covers. Importing the same export twice changes nothing. Every row that
 * is not booked is listed with its 1-based source row and the reason.
 */
export function importActuals(
  register: Register,
  exportRead: WorkbookRead & { hints?: Record<string, ValueHints> },
  options: ActualsOptions,
): ActualsResult {
  const index = buildKeyIndex(register.initiatives);
  const result = (error: string, mapping: ActualsMapping | null = null): ActualsResult => ({
    register,
    report: emptyReport(),
    mapping,
    excluded: [],
    warnings: [],
    problems: [],
    events: [],
    error,
  });
  if (register.initiatives.length === 0)
    return result('The register has no initiatives yet: convert a plan first, then import actuals.');

  const sheets = options.sheet ? [options.sheet] : exportRead.sheetNames.filter((s) => !isPlanGateSheet(s));
  const candidates = sheets
    .filter((s) => exportRead.grids[s])
    .map((sheet) => mapSheet(sheet, exportRead.grids[sheet], index, register, options));
  if (options.sheet && candidates.length === 0)
    return result(
      `The export has no sheet "${options.sheet}". Its sheets are: ${exportRead.sheetNames.join(', ')}.`,
    );
  const mapped = candidates.filter((c) => c.mapping !== null);
  if (mapped.length === 0)
    return result(candidates[0]?.error ?? 'The export is empty: there is nothing to import.');
  const best = mapped.reduce((a, b) => (b.hits > a.hits ? b : a));
  if (best.error) return result(best.error, best.mapping);
  const mapping = best.mapping!;
  const grid = exportRead.grids[mapping.sheet];

  const hints = exportRead.hints?.[mapping.sheet] ?? {};
  const read = readLines(grid, mapping, index, register, options, hints);
  const { lines, excluded, problems, unmatched, ambiguous } = read;
  const booked = bookActuals(register, lines, read.coverage);
  const dateOrder = dateOrderWarning(grid, mapping);
  const warnings = [
    ...(dateOrder ? [dateOrder] : []),
    ...sealedActualsWarnings(register, mapping.sheet, booked.sealed),
    ...actualsWarnings({
      mapping,
      currency: register.settings.currency,
      span: `${register.periods[0]} … ${register.periods[register.periods.length - 1]}`,
      unmatched,
      ambiguous,
      skipped: read.skipped,
      nullMarks: read.nullMarks,
      problems,
      nothingBooked: booked.covered.length === 0 && lines.length === 0 && excluded.length > 0,
    }),
    ...overrunWarnings(register, booked.register, booked.updated),
  ];
  const report: ActualsReportDto = {
    matchedRows: new Set(lines.map((l) => l.row)).size,
    periods: booked.covered,
    total: Math.round(lines.reduce((sum, l) => sum + l.amount, 0) * 100) / 100,
    updatedInitiatives: booked.updated.length,
    unchanged: booked.updated.length === 0,
    unmatched,
    ambiguous,
    wrote: [],
    warnings,
    excluded,
  };
  const events = report.unchanged
    ? []
    : [
        {
          time: options.now,
          actor: options.actor.name,
          identity: options.actor.kind,
          action: 'import' as const,
          initiative: '',
          from: '',
          to: '',
          payload: canonicalJson({
            kind: 'actuals',
            sheet: mapping.sheet,
            periods: booked.covered,
            matchedRows: report.matchedRows,
            total: report.total,
            updated: booked.updated,
          }),
        },
      ];
  return { register: booked.register, report, mapping, excluded, warnings, problems, events, error: null };
}

interface SheetMapping {
  mapping: ActualsMapping | null;
  hits: number;
  error: string | null;
}

function forced(
  headers: CellValue[],
  name: string | undefined,
  what: string,
  sheet: string,
): ColumnChoice | string | null {
  if (name === undefined) return null;
  const column = headers.findIndex((h) => headerText(h).toLowerCase() === name.trim().toLowerCase());
  if (column < 0) {
    return `Sheet "${sheet}" has no column "${name}" for the ${what}. Its columns are: ${headers.map(headerText).filter(Boolean).join(', ')}.`;
  }
  return { column, header: headerText(headers[column]), confidence: 1, reason: `chosen by you` };
}

function mapSheet(
  sheet: string,
  grid: Grid,
  index: Map<string, string[]>,
  register: Register,
  options: ActualsOptions,
): SheetMapping {
  const headerRow = findHeaderRow(grid);
  if (headerRow < 0)
    return { mapping: null, hits: 0, error: `Sheet "${sheet}" of the export is empty or has no header row.` };
  const headers = grid[headerRow] ?? [];
  const rows = grid.slice(headerRow + 1);
  const granularity = register.settings.granularity;
  const fail = (error: string): SheetMapping => ({ mapping: null, hits: 0, error });

  const keyForced = forced(headers, options.keyColumn, 'initiative key', sheet);
  if (typeof keyForced === 'string') return fail(keyForced);
  const key = keyForced ?? detectKeyColumn(headers, rows, index);
  if (!key) {
    const sample = [...index.keys()].slice(0, 3).join(', ');
    return fail(
      `No column of sheet "${sheet}" holds an initiative ID or a Keys entry of the register (such as ${sample}). ` +
        "Put the export's campaign, account or cost-centre IDs into the Keys column of PG Register, or name the column with --key.",
    );
  }
  const hits = columnCells(rows, key.column).filter((c) => index.has(normalizeKey(c))).length;
  const taken = new Set([key.column]);
  const periodColumns =
    options.periodColumn || options.amountColumn ? [] : detectPeriodColumns(headers, granularity, taken);
  const base = {
    sheet,
    headerRow: headerRow + 1,
    key,
    stage: detectStageColumn(headers, rows),
    currency: detectCurrencyColumn(headers, rows),
  };
  if (periodColumns.length > 0) {
    return {
      mapping: { ...base, layout: 'wide', period: null, amount: null, periodColumns },
      hits,
      error: null,
    };
  }
  const periodForced = forced(headers, options.periodColumn, 'date or period', sheet);
  if (typeof periodForced === 'string') return fail(periodForced);
  const period =
    periodForced ?? (options.period ? null : detectPeriodColumn(headers, rows, granularity, taken));
  if (period) taken.add(period.column);
  if (base.stage) taken.add(base.stage.column);
  const amountForced = forced(headers, options.amountColumn, 'amount', sheet);
  if (typeof amountForced === 'string') return fail(amountForced);
  const amount = amountForced ?? detectAmountColumn(headers, rows, taken);
  const mapping: ActualsMapping = { ...base, layout: 'long', period, amount, periodColumns: [] };
  if (!amount) {
    return {
      mapping,
      hits,
      error: `Sheet "${sheet}" has no column of amounts next to "${key.header}". Name the amount column with --amount.`,
    };
  }
  if (!period && !options.period && !options.spread) {
    const title = grid
      .slice(0, headerRow)
      .flat()
      .filter((c) => !isBlank(c))
      .map(String)
      .join(' · ');
    return {
      mapping,
      hits,
      error:
        `Sheet "${sheet}" has no date or period column${title ? ` (its title says "${title}")` : ''}, so PlanGate cannot tell which month the amounts belong to. ` +
        "Spread the amounts over each initiative's plan up to the as-of period with --spread plan, or export the report broken down by month or day. " +
        '(--period YYYY-MM books every amount in that one period: only for an export of that period alone, never for a year or "All time" total.)',
    };
  }
  return { mapping, hits, error: null };
}

/** What reading the export's rows needs, fixed for the whole sheet. */
interface LineReading {
  mapping: ActualsMapping;
  index: Map<string, string[]>;
  register: Register;
  options: ActualsOptions;
  hints: ValueHints;
  /** The register's periods. */
  known: ReadonlySet<Period>;
  /** Initiatives a key still matches, but that only take amounts when no live one does. */
  cancelled: ReadonlySet<string>;
  amountColumns: number[];
  readers: Map<number, ReturnType<typeof amountReader>['read']>;
  /** The register's periods as the messages show them: "2027-01 … 2027-12". */
  span: string;
}

/** What reading the rows found: the amounts to book, and every row left out with its reason. */
interface ReadLines {
  lines: ActualsLine[];
  excluded: ActualsResult['excluded'];
  problems: ActualsResult['problems'];
  unmatched: ActualsReportDto['unmatched'];
  ambiguous: ActualsReportDto['ambiguous'];
  /** Register periods the export covers. */
  coverage: Set<Period>;
  /** Text exports' `#N/A` cells, read as blank. */
  nullMarks: string[];
  skipped: SkippedRow[];
}

/** An amount of a row and the period it is for. */
interface RowAmount {
  period: Period;
  amount: number;
}

function readLines(
  grid: Grid,
  mapping: ActualsMapping,
  index: Map<string, string[]>,
  register: Register,
  options: ActualsOptions,
  hints: ValueHints,
): ReadLines {
  const rows = grid.slice(mapping.headerRow);
  const amountColumns =
    mapping.layout === 'wide' ? mapping.periodColumns.map((p) => p.column) : [mapping.amount!.column];
  const reading: LineReading = {
    mapping,
    index,
    register,
    options,
    hints,
    known: new Set(register.periods),
    cancelled: new Set(register.initiatives.filter((i) => i.state === 'cancelled').map((i) => i.id)),
    amountColumns,
    readers: new Map(amountColumns.map((c) => [c, amountReader(columnCells(rows, c), hints).read])),
    span: `${register.periods[0]} … ${register.periods[register.periods.length - 1]}`,
  };
  const found: ReadLines = {
    lines: [],
    excluded: [],
    problems: [],
    unmatched: [],
    ambiguous: [],
    coverage: new Set<Period>(),
    nullMarks: [],
    skipped: [],
  };
  rows.forEach((row, i) => readRow(reading, found, row, mapping.headerRow + i + 1));
  return found;
}

/** One row of the export, step by step; the first step that leaves it out says why. */
function readRow(reading: LineReading, found: ReadLines, row: CellValue[], sourceRow: number): void {
  if (row.every(isBlank)) return;
  if (isTotalsRow(reading, found, row, sourceRow)) return;
  const rowPeriod = periodOfRow(reading, found, row, sourceRow);
  if (rowPeriod === undefined) return;
  const { mapping, known, register } = reading;
  const spread = rowPeriod === SPREAD;
  // A spread row's periods are known once its initiative is: the first period stands in until then.
  const period = spread ? register.periods[0] : rowPeriod;
  const rowPeriods = mapping.layout === 'wide' ? mapping.periodColumns.map((p) => p.period) : [period!];
  if (!spread) for (const p of rowPeriods) if (known.has(p)) found.coverage.add(p);
  if (!isWonDeal(reading, found, row, sourceRow)) return;
  if (isInOtherCurrency(reading, found, row, sourceRow)) return;
  const amounts = amountsOfRow(reading, found, row, sourceRow, period);
  if (amounts.length === 0) return;
  const key = headerText(row[mapping.key.column]);
  const ids = matchedIds(reading, found, row, sourceRow, key, amounts);
  if (ids === null) return;
  if (spread) return spreadRow(reading, found, sourceRow, ids, key, amounts[0].amount);
  const inside = amounts.filter((a) => known.has(a.period));
  const outside = amounts.filter((a) => !known.has(a.period));
  if (outside.length > 0) reportOutside(reading, found, sourceRow, outside);
  for (const a of inside) found.lines.push({ row: sourceRow, ids, key, period: a.period, amount: a.amount });
}

/** Marks a row without a period that `spread: 'plan'` books over the initiative's plan. */
const SPREAD = Symbol('spread over plan');

/** Book a row without a period over its initiative's plan up to the as-of period, or refuse it. */
function spreadRow(
  reading: LineReading,
  found: ReadLines,
  sourceRow: number,
  ids: string[],
  key: string,
  amount: number,
): void {
  const { register } = reading;
  const initiative = register.initiatives.find((i) => i.id === ids[0])!;
  const parts = spreadOverPlan(register, initiative, amount);
  if (parts === null) {
    found.excluded.push({
      row: sourceRow,
      reason: `Row ${sourceRow} has no period and ${initiative.id} "${initiative.name}" has no plan up to the as-of period (${register.settings.asOf}) to spread it over: not booked. Export the report by month, or book it in one period with --period YYYY-MM if it is that period's amount.`,
    });
    return;
  }
  for (const part of parts) {
    found.coverage.add(part.period);
    found.lines.push({ row: sourceRow, ids, key, period: part.period, amount: part.amount });
  }
}

/** Totals are never booked. */
function isTotalsRow(reading: LineReading, found: ReadLines, row: CellValue[], sourceRow: number): boolean {
  const keyCell = row[reading.mapping.key.column];
  const totalLabel = [keyCell, ...row].find((c) => typeof c === 'string' && TOTAL_LABEL.test(c));
  if (typeof totalLabel !== 'string') return false;
  found.excluded.push({
    row: sourceRow,
    reason: `Totals row ("${totalLabel.trim()}"): totals are never booked.`,
  });
  return true;
}

/**
 * The period a long layout's row is for (its date cell, or --period; SPREAD when it has none and
 * `spread: 'plan'` is set), null for a wide layout
 * whose columns name the periods; undefined when the row's date cannot be read (it is left out).
 */
function periodOfRow(
  reading: LineReading,
  found: ReadLines,
  row: CellValue[],
  sourceRow: number,
): Period | null | undefined | typeof SPREAD {
  const { mapping, options, register } = reading;
  if (mapping.layout !== 'long') return null;
  if (!mapping.period) return options.period ?? (options.spread === 'plan' ? SPREAD : null);
  const cell = row[mapping.period.column];
  const period = readPeriod(cell, register.settings.granularity);
  if (period) return period;
  if (isBlank(cell) && options.spread === 'plan') return SPREAD;
  found.skipped.push({
    kind: isBlank(cell) ? 'noDate' : 'badDate',
    row: sourceRow,
    cell: cellAddress(sourceRow - 1, mapping.period.column),
    detail: headerText(cell),
  });
  found.excluded.push({
    row: sourceRow,
    reason: isBlank(cell)
      ? `No date in ${mapping.period.header}.`
      : `"${headerText(cell)}" in ${cellAddress(sourceRow - 1, mapping.period.column)} is not a date or period: type a date such as 2027-03-15 or a month such as 2027-03.`,
  });
  return undefined;
}

/**
 * A CRM export lists the pipeline: open and lost deals are forecasts or nothing, and only a won
 * deal is value realised, so only won rows are actuals (the others are listed as excluded).
 */
function isWonDeal(reading: LineReading, found: ReadLines, row: CellValue[], sourceRow: number): boolean {
  const { mapping, options } = reading;
  if (options.wonOnly === false || !mapping.stage) return true;
  const stage = headerText(row[mapping.stage.column]);
  if (mapping.stage.won.includes(stage)) return true;
  found.excluded.push({
    row: sourceRow,
    reason: `${mapping.stage.header} is "${stage || 'blank'}", not won: only won deals are actuals.`,
  });
  return false;
}

/** A row in another currency than the register's is left out, never converted. */
function isInOtherCurrency(
  reading: LineReading,
  found: ReadLines,
  row: CellValue[],
  sourceRow: number,
): boolean {
  const { mapping, register } = reading;
  if (!mapping.currency) return false;
  const code = headerText(row[mapping.currency.column]).toUpperCase();
  if (!code || code === register.settings.currency.toUpperCase()) return false;
  found.skipped.push({
    kind: 'currency',
    row: sourceRow,
    cell: cellAddress(sourceRow - 1, mapping.currency.column),
    detail: code,
  });
  found.excluded.push({
    row: sourceRow,
    reason: `Amount is in ${code}; the register reports in ${register.settings.currency}. Convert the export first.`,
  });
  return true;
}

/** The row's amounts per period; none (and the row left out) when every amount is blank or unreadable. */
function amountsOfRow(
  reading: LineReading,
  found: ReadLines,
  row: CellValue[],
  sourceRow: number,
  rowPeriod: Period | null,
): RowAmount[] {
  const { mapping, hints } = reading;
  const amounts: RowAmount[] = [];
  let unreadable = false;
  for (const column of reading.amountColumns) {
    const period =
      mapping.layout === 'wide' ? mapping.periodColumns.find((p) => p.column === column)!.period : rowPeriod!;
    const cell = row[column];
    const parsed = reading.readers.get(column)!(cell);
    if (parsed.ok && hints.textExport && typeof cell === 'string' && /^\s*#N\/A\s*$/i.test(cell))
      found.nullMarks.push(cellAddress(sourceRow - 1, column));
    if (!parsed.ok) {
      unreadable = true;
      const meaning = amountMeaning(cell, { currency: reading.register.settings.currency });
      found.problems.push({
        sheet: mapping.sheet,
        cell: cellAddress(sourceRow - 1, column),
        message: meaning.ok ? parsed.message : meaning.message,
      });
      continue;
    }
    if (parsed.value === null) continue;
    // "$50" in a EUR register is not €50: refused at its cell unless the user gave a rate.
    const meaning = amountMeaning(cell, {
      currency: reading.register.settings.currency,
      rates: reading.options.rates,
    });
    if (!meaning.ok) {
      unreadable = true;
      found.problems.push({
        sheet: mapping.sheet,
        cell: cellAddress(sourceRow - 1, column),
        message: meaning.message,
      });
      continue;
    }
    const amount =
      meaning.factor === 1 ? parsed.value : Math.round(parsed.value * meaning.factor * 100) / 100;
    amounts.push({ period, amount });
  }
  if (amounts.length === 0) {
    found.excluded.push({
      row: sourceRow,
      reason: unreadable ? 'Amount unreadable: see the problems listed.' : 'No amount.',
    });
  }
  return amounts;
}

/** The one initiative the row's key names (live ones first), or null when it names none or several. */
function matchedIds(
  reading: LineReading,
  found: ReadLines,
  row: CellValue[],
  sourceRow: number,
  key: string,
  amounts: readonly RowAmount[],
): string[] | null {
  const all = reading.index.get(normalizeKey(row[reading.mapping.key.column])) ?? [];
  const live = all.filter((id) => !reading.cancelled.has(id));
  const ids = live.length > 0 ? live : all;
  if (ids.length === 0) {
    const total = amounts.reduce((s, a) => s + a.amount, 0);
    // Cents: CRM dumps carry float artefacts (32395.00000002).
    found.unmatched.push({ row: sourceRow, key, amount: Math.round(total * 100) / 100 });
    return null;
  }
  if (ids.length > 1) {
    found.ambiguous.push({ row: sourceRow, key, candidates: ids });
    return null;
  }
  return ids;
}

/** Amounts dated outside the register's periods are not booked: say where they are and what to do. */
function reportOutside(
  reading: LineReading,
  found: ReadLines,
  sourceRow: number,
  outside: readonly RowAmount[],
): void {
  const { mapping } = reading;
  const column =
    mapping.layout === 'wide'
      ? mapping.periodColumns.find((p) => p.period === outside[0].period)!.column
      : mapping.period?.column;
  found.skipped.push({
    kind: 'outside',
    row: sourceRow,
    // Wide: the month is the column's header; long: the row's date, or the key when --period set it.
    cell:
      mapping.layout === 'wide'
        ? cellAddress(mapping.headerRow - 1, column!)
        : cellAddress(sourceRow - 1, column ?? mapping.key.column),
    detail: outside.map((a) => a.period).join(', '),
    amount: outside.reduce((sum, a) => sum + a.amount, 0),
  });
  found.excluded.push({
    row: sourceRow,
    reason: `${outside.map((a) => a.period).join(', ')} is outside the register's periods (${reading.span}); convert a plan that covers it to book it.`,
  });
}

function emptyReport(): ActualsReportDto {
  return {
    matchedRows: 0,
    periods: [],
    total: 0,
    updatedInitiatives: 0,
    unchanged: true,
    unmatched: [],
    ambiguous: [],
    wrote: [],
    warnings: [],
    excluded: [],
  };
}
