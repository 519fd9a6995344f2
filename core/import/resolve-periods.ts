import { readPeriodHeader, yearInText, type RawPeriod, type SeriesHint } from './period-header.js';
import type { TableFrame } from './table-frame.js';

export interface PeriodColumn {
  column: number;
  header: string;
  /** `YYYY-MM`, `YYYY-Qn`, or a whole year: `YYYY` (calendar) or `FYYYYY` (fiscal), phased on conversion. */
  period: string;
}

export interface ResolvedPeriods {
  columns: PeriodColumn[];
  granularity: 'month' | 'quarter' | 'year' | null;
  series: 'plan' | 'actual' | 'forecast';
  /** Coarser columns next to finer ones (a yearly total after the months), by column. */
  totalColumns: number[];
  /** Period columns of another series or repeating a period: left out, with why. */
  notes: string[];
  /** The header holds a run of days (a daily grid), which is not a plan per month. */
  daily: { first: string; last: string; count: number } | null;
  /** A year was assumed for months or quarters that do not say it. */
  assumedYear: { year: number; from: string } | null;
}

interface Found {
  column: number;
  header: string;
  raw: RawPeriod;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** Read every header of the table as a period, fill missing years from context, choose one granularity and series. */
export function resolvePeriods(
  frame: TableFrame,
  fiscalYearStart: number,
  fallbackYear: number,
): ResolvedPeriods {
  const found: Found[] = [];
  for (let c = frame.left; c <= frame.right; c++) {
    const header = frame.headers[c] ?? '';
    const raw =
      (frame.upperHeaders[c] ? readPeriodHeader(header) : null) ??
      readPeriodHeader(frame.headerCells[c]) ??
      readPeriodHeader(header);
    if (raw) found.push({ column: c, header: header || String(frame.headerCells[c] ?? ''), raw });
  }
  const result: ResolvedPeriods = {
    columns: [],
    granularity: null,
    series: 'plan',
    totalColumns: [],
    notes: [],
    daily: null,
    assumedYear: null,
  };

  // Dates in a header: the first of each month makes a month column; several per month is a daily grid.
  const dates = found.filter((f) => f.raw.kind === 'date');
  const months = new Set(dates.map((f) => (f.raw.kind === 'date' ? f.raw.iso.slice(0, 7) : '')));
  if (dates.length >= 3 && months.size < dates.length) {
    const isos = dates.map((f) => (f.raw.kind === 'date' ? f.raw.iso : '')).sort();
    result.daily = { first: isos[0], last: isos[isos.length - 1], count: dates.length };
  }
  const asMonths: Found[] = found.map((f) =>
    f.raw.kind === 'date'
      ? {
          ...f,
          raw: {
            kind: 'month',
            year: Number(f.raw.iso.slice(0, 4)),
            month: Number(f.raw.iso.slice(5, 7)),
            series: f.raw.series,
          },
        }
      : f,
  );
  if (result.daily) return result;

  const monthCols = asMonths.filter((f) => f.raw.kind === 'month');
  const quarterCols = asMonths.filter((f) => f.raw.kind === 'quarter');
  const yearCols = asMonths.filter((f) => f.raw.kind === 'year' && !f.raw.total);
  const chosen = monthCols.length >= 1 ? monthCols : quarterCols.length >= 1 ? quarterCols : yearCols;
  result.granularity =
    chosen === monthCols && monthCols.length
      ? 'month'
      : chosen === quarterCols && quarterCols.length
        ? 'quarter'
        : yearCols.length
          ? 'year'
          : null;
  if (result.granularity === null) return result;
  result.totalColumns = asMonths.filter((f) => !chosen.includes(f)).map((f) => f.column);

  const context = contextYear(frame, fallbackYear);
  if (
    chosen === quarterCols &&
    quarterCols.some((f) => f.raw.kind === 'quarter' && (f.raw.fiscal || context.fiscal)) &&
    ![1, 4, 7, 10].includes(fiscalYearStart)
  ) {
    result.notes.push(
      `fiscal quarters starting in month ${fiscalYearStart} do not line up with calendar quarters: each was put in the calendar quarter its first month falls in`,
    );
  }
  const series = pickSeries(chosen, frame.context);
  result.series = series;
  let previousMonth = 0;
  let yearShift = 0;
  const seen = new Set<string>();
  // Where some columns say they are the plan ("2025 [B]", "Plan 2016"), a bare year beside them
  // ("2024") is the other figure of the comparison, not a plan year.
  const marked = chosen.some((f) => f.raw.series === 'plan');
  for (const f of chosen) {
    if (marked && f.raw.series === null && f.raw.kind === 'year') {
      result.notes.push(
        `column '${f.header}' does not say it is the plan, as the columns beside it do: not imported (map it if it is the plan)`,
      );
      continue;
    }
    const hint = f.raw.series ?? 'plan';
    if (hint !== series) {
      result.notes.push(`column '${f.header}' holds ${hint} figures, not ${series}: not imported`);
      continue;
    }
    let period: string;
    if (f.raw.kind === 'month') {
      let year = f.raw.year;
      if (year === null) {
        const fiscalContext = context.fiscal && fiscalYearStart > 1;
        if (!fiscalContext && previousMonth && f.raw.month < previousMonth) yearShift++;
        previousMonth = f.raw.month;
        year = startYearFor(f.raw.month, context, fiscalYearStart) + yearShift;
        result.assumedYear ??= { year: context.year, from: context.from };
      }
      period = `${year}-${pad(f.raw.month)}`;
    } else if (f.raw.kind === 'quarter') {
      const year = f.raw.year ?? context.year;
      if (f.raw.year === null) result.assumedYear ??= { year: context.year, from: context.from };
      period =
        f.raw.fiscal || (f.raw.year === null && context.fiscal)
          ? fiscalQuarter(f.raw.quarter, year, fiscalYearStart)
          : `${year}-Q${f.raw.quarter}`;
    } else if (f.raw.kind === 'year') {
      period = f.raw.fiscal && fiscalYearStart !== 1 ? `FY${f.raw.year}` : String(f.raw.year);
    } else {
      continue;
    }
    if (seen.has(period)) {
      result.notes.push(
        `column '${f.header}' repeats period ${period}: not imported (map it instead of the first one if it is the plan to use)`,
      );
      continue;
    }
    seen.add(period);
    result.columns.push({ column: f.column, header: f.header, period });
  }
  return result;
}

interface ContextYear {
  year: number;
  fiscal: boolean;
  from: string;
}

function contextYear(frame: TableFrame, fallbackYear: number): ContextYear {
  for (const text of frame.context) {
    const found = yearInText(text);
    if (found) return { ...found, from: text === frame.sheet ? `the sheet name '${text}'` : `'${text}'` };
  }
  return { year: fallbackYear, fiscal: false, from: 'the current year' };
}

/** The calendar year of a month named without one: fiscal years are named by the year they end in. */
function startYearFor(month: number, context: ContextYear, fiscalYearStart: number): number {
  if (context.fiscal && fiscalYearStart > 1)
    return month >= fiscalYearStart ? context.year - 1 : context.year;
  return context.year;
}

/** Fiscal quarter q of fiscal year fy (named by the year it ends in) → the calendar quarter it starts in. */
export function fiscalQuarter(quarter: number, fiscalYear: number, fiscalYearStart: number): string {
  const startYear = fiscalYearStart > 1 ? fiscalYear - 1 : fiscalYear;
  const monthIndex = fiscalYearStart - 1 + 3 * (quarter - 1);
  const year = startYear + Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
}

function pickSeries(columns: readonly Found[], context: readonly string[]): 'plan' | 'actual' | 'forecast' {
  const hints = columns.map((f) => f.raw.series);
  if (hints.some((h) => h === 'plan' || h === null)) {
    const contextSays = seriesFromContext(context);
    if (hints.every((h) => h === null) && contextSays) return contextSays;
    return 'plan';
  }
  return hints.includes('forecast') ? 'forecast' : 'actual';
}

function seriesFromContext(context: readonly string[]): SeriesHint {
  const text = context.join(' ').toLowerCase();
  if (/\b(plan|budget|kế hoạch|planung|forecast)\b/u.test(text)) return null;
  if (/\b(actuals?|ist-?werte|istwerte|report|export)\b/.test(text)) return 'actual';
  return null;
}
