import { cellAddress, type CellProblem } from '../model/cell.js';
import type { ActualsReportDto, ActualsWarningDto } from '../contract/governance-service.js';
import type { ActualsMapping } from './actuals-types.js';
import { summarizeUnmatched } from './summarize-unmatched.js';

/** A row read but not booked for a reason the user can fix in the export or the register. */
export interface SkippedRow {
  kind: 'outside' | 'currency' | 'badDate' | 'noDate';
  /** 1-based source row */
  row: number;
  /** A1 address of the cell that decided it. */
  cell: string;
  /** outside: the periods; currency: the code; badDate: the cell's text. */
  detail: string;
  /** outside: the amount left out. */
  amount?: number;
}

export interface WarningInput {
  mapping: ActualsMapping;
  currency: string;
  /** The register's periods, first … last. */
  span: string;
  unmatched: ActualsReportDto['unmatched'];
  ambiguous: ActualsReportDto['ambiguous'];
  skipped: SkippedRow[];
  /** Cells of a text export that read `#N/A` as no value. */
  nullMarks: string[];
  problems: CellProblem[];
  nothingBooked: boolean;
}

/** Cell problems listed one by one; more are counted, since a broken column repeats one message. */
const MAX_PROBLEMS = 10;
const FIRST = 3;

/** "1 row has" / "3 rows have": the count with its verb. */
const rowsOf = (n: number, one: string, many: string): string =>
  n === 1 ? `1 row ${one}` : `${n.toLocaleString('en-US')} rows ${many}`;
const notBooked = (n: number): string => (n === 1 ? 'It is not booked' : 'They are not booked');
const amountText = (v: number): string =>
  (Math.round(v * 100) / 100).toLocaleString('en-US', { maximumFractionDigits: 2 });
const list = (items: string[], max = 4): string =>
  items.length <= max ? items.join(', ') : `${items.slice(0, max).join(', ')} …`;

/**
 * Every warning of one actuals import, most consequential first: each names the export's sheet
 * and the (first) cell concerned when there is one, what is wrong and what to do. Rows of one
 * kind share one warning, so a 10,000-row export with a wrong currency reads as one line.
 */
export function actualsWarnings(input: WarningInput): ActualsWarningDto[] {
  const { mapping } = input;
  const sheet = mapping.sheet;
  const at = (cell: string | null, message: string): ActualsWarningDto => ({ sheet, cell, message });
  const warnings: ActualsWarningDto[] = [];

  for (const choice of [mapping.period, mapping.amount]) {
    if (choice && choice.confidence < 0.7)
      warnings.push(
        at(
          cellAddress(mapping.headerRow - 1, choice.column),
          `Unsure: ${choice.reason}. Check it, or name the column yourself.`,
        ),
      );
  }
  if (input.nothingBooked)
    warnings.push(
      at(null, 'No row of the export could be booked: the rows left out are listed, each with its reason.'),
    );
  warnings.push(...summarizeUnmatched(input.unmatched, mapping));

  const { ambiguous } = input;
  if (ambiguous.length > 0) {
    const first = ambiguous
      .slice(0, FIRST)
      .map((a) => `row ${a.row} "${a.key}" (${a.candidates.join(', ')})`);
    warnings.push(
      at(
        cellAddress(ambiguous[0].row - 1, mapping.key.column),
        `${rowsOf(ambiguous.length, 'names', 'name')} a key that belongs to more than one initiative, first ${list(first, FIRST)}. ` +
          `${notBooked(ambiguous.length)}: keep each key on one initiative only in the Keys column of PG Register, then import again.`,
      ),
    );
  }

  const of = (kind: SkippedRow['kind']) => input.skipped.filter((s) => s.kind === kind);
  const outside = of('outside');
  if (outside.length > 0) {
    const periods = [...new Set(outside.flatMap((s) => s.detail.split(', ')))].sort();
    const total = outside.reduce((sum, s) => sum + (s.amount ?? 0), 0);
    warnings.push(
      at(
        outside[0].cell,
        `${rowsOf(outside.length, 'has', 'have')} amounts in ${list(periods)}, outside the register's periods (${input.span}): ${amountText(total)} in all, first row ${outside[0].row}. ` +
          `${notBooked(outside.length)}: convert a plan that covers those periods, then import again.`,
      ),
    );
  }

  const currency = of('currency');
  if (currency.length > 0) {
    const counts = new Map<string, number>();
    for (const s of currency) counts.set(s.detail, (counts.get(s.detail) ?? 0) + 1);
    const codes = [...counts].map(([code, n]) => `${code}: ${n.toLocaleString('en-US')}`).join(', ');
    warnings.push(
      at(
        currency[0].cell,
        `${rowsOf(currency.length, 'is', 'are')} in another currency than the register's ${input.currency} (${codes}), first row ${currency[0].row}. ` +
          `${notBooked(currency.length)}: convert those amounts to ${input.currency} in the export, then import again.`,
      ),
    );
  }

  const header = mapping.period?.header ?? '';
  const badDates = of('badDate');
  if (badDates.length > 0) {
    warnings.push(
      at(
        badDates[0].cell,
        `${rowsOf(badDates.length, 'has', 'have')} a date PlanGate cannot read in '${header}', first "${badDates[0].detail}" on row ${badDates[0].row}. ` +
          `${notBooked(badDates.length)}: type a date such as 2027-03-15 or a month such as 2027-03, then import again.`,
      ),
    );
  }
  const noDates = of('noDate');
  if (noDates.length > 0) {
    warnings.push(
      at(
        noDates[0].cell,
        `${rowsOf(noDates.length, 'has', 'have')} no date in '${header}', first row ${noDates[0].row}. ` +
          `${notBooked(noDates.length)}: fill in the date, then import again.`,
      ),
    );
  }

  const marks = input.nullMarks.length;
  if (marks > 0) {
    warnings.push(
      at(
        input.nullMarks[0],
        `${marks.toLocaleString('en-US')} amount cell${marks === 1 ? ' shows' : 's show'} #N/A, which this export writes for "no value": read as blank.`,
      ),
    );
  }

  for (const p of input.problems.slice(0, MAX_PROBLEMS)) warnings.push({ ...p });
  const more = input.problems.length - MAX_PROBLEMS;
  if (more > 0)
    warnings.push(
      at(
        null,
        `… and ${more.toLocaleString('en-US')} more cell${more === 1 ? '' : 's'} that could not be read: fix them in the export, then import again.`,
      ),
    );
  return warnings;
}
