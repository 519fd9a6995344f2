import type { CellProblem } from '../model/cell.js';
import type { Initiative } from '../model/initiative.js';
import type { Period } from '../model/period.js';
import type { ExcludedRowDto } from '../contract/governance-service.js';
import type { MergedRange } from './merged-range.js';
import type { WorkbookRead } from '../contract/workbook-port.js';
import type { ValueHints } from '../values/value-hints.js';

/** A plan read from a user's sheet, ready for the merge into the register. */
export interface ImportedPlan {
  /** Sorted ascending; every initiative's series is aligned with it. */
  periods: Period[];
  /** Register rows with their plan series (forecast and actual blank). */
  initiatives: Initiative[];
  /** 1-based source row of each initiative (long layout: its first row). */
  sourceRows: number[];
  excluded: ExcludedRowDto[];
  warnings: string[];
  problems: CellProblem[];
}

/** A workbook as read, plus merged ranges where the host or file format reports them. */
export interface ImportSource extends WorkbookRead {
  merges?: Record<string, MergedRange[]>;
  /** Per sheet: what the file format says about its values (decimal mark, nulls); text files only. */
  hints?: Record<string, ValueHints>;
}

export interface InspectOptions {
  fiscalYearStart: number;
  /** Inspect only this sheet. */
  sheet?: string;
  /** What the inspection is of, for messages (the file name); defaults to the sheet names. */
  source?: string;
  /** Year for month headers that carry none and have no year nearby (defaults to the current year). */
  defaultYear?: number;
  /**
   * The currency of an existing register that keeps its own (it holds initiatives or someone
   * chose it). Absent for a register that adopts the plan's currency, e.g. one not made yet.
   */
  registerCurrency?: string;
}

/** The settings a conversion needs (a full `Settings` satisfies it). */
export interface ConvertSettings {
  fiscalYearStart: number;
  defaultYear?: number;
}
