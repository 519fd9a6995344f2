import type { CellProblem } from '../model/cell.js';
import type { Period } from '../model/period.js';
import type { Register } from '../model/register.js';
import type { UnsealedEvent } from '../model/audit.js';
import type { ActualsReportDto, ActualsWarningDto, ExcludedRowDto } from '../contract/governance-service.js';
import type { Actor } from '../model/actor.js';
import type { ColumnChoice } from './detect-columns.js';

export interface ActualsOptions {
  now: string;
  actor: Actor;
  /** Read this sheet of the export; default: the sheet whose rows name the most initiatives. */
  sheet?: string;
  /** Header texts chosen by the user, overriding detection (case-insensitive). */
  keyColumn?: string;
  periodColumn?: string;
  amountColumn?: string;
  /** Book every row in this period when the export has no dates (e.g. an "All time" report). */
  period?: Period;
  /**
   * `plan`: book a row without a period (an "All time" or year total) over its initiative's plan
   * periods up to the as-of period, in proportion to the plan there; refused when that plan is empty.
   */
  spread?: 'plan';
  /**
   * Exchange rates the user gave for amounts written in another currency: 1 unit of the code is
   * worth this much in the register's currency. Without one, such an amount is refused at its cell.
   */
  rates?: Readonly<Record<string, number>>;
  /** CRM exports with a stage column: only won deals are realised value (default true). */
  wonOnly?: boolean;
}

/** What was recognised in the export, for the user to check. */
export interface ActualsMapping {
  sheet: string;
  /** 1-based */
  headerRow: number;
  layout: 'long' | 'wide';
  key: ColumnChoice;
  period: ColumnChoice | null;
  amount: ColumnChoice | null;
  periodColumns: { column: number; header: string; period: Period }[];
  stage: { column: number; header: string; won: string[] } | null;
  currency: ColumnChoice | null;
}

export interface ActualsResult {
  register: Register;
  report: ActualsReportDto;
  mapping: ActualsMapping | null;
  /** Rows read but not booked, each with the reason (totals, lost deals, other currency, no date…). */
  excluded: ExcludedRowDto[];
  /** The same list as `report.warnings`: what the user should check, with sheet and cell. */
  warnings: ActualsWarningDto[];
  problems: CellProblem[];
  /** One `import` event when PG Actual changed; empty otherwise. */
  events: UnsealedEvent[];
  /** Set when nothing can be imported honestly: what the user is told. */
  error: string | null;
}

/** One amount read from the export, before it is summed. */
export interface ActualsLine {
  row: number;
  ids: string[];
  key: string;
  period: Period;
  amount: number;
}
