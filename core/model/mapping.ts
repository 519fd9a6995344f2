import type { Initiative, SeriesField, SignOffField } from './initiative.js';

/**
 * How a plan's columns become register fields: which source column holds each field, where the
 * periods are and what the amounts are. The Convert pane shows it, the user confirms it, and
 * PG Settings keeps it for the next re-import.
 */

/**
 * A register field a plan column can be mapped to: every field of an initiative but those only a
 * sign-off sets, its series and the user's own columns; and, for the layout of the plan,
 * `period` (long layout: the period of the row), `amount` (long layout: the value of the row) and
 * `planTotal` (a single total to phase evenly when no period columns exist).
 */
export type FieldName =
  Exclude<keyof Initiative, SignOffField | SeriesField | 'extra'> | 'period' | 'amount' | 'planTotal';

export interface FieldMapping {
  /** Source column, 0-based, and its header text as shown. */
  column: number;
  header: string;
  /** 0..1 */
  confidence: number;
  reason: string;
}

export interface Mapping {
  sheet: string;
  /** 1-based, as the sheet shows it; the last header row when headers span two rows. */
  headerRow: number;
  layout: 'wide' | 'long';
  fields: Partial<Record<FieldName, FieldMapping>>;
  /** Wide layout: period columns (0-based) and the period each is. */
  periodColumns: { column: number; header: string; period: string }[];
  /** Which series the period values are. */
  series: 'plan' | 'actual' | 'forecast';
  /** Value multiplier found in headers or notes (e.g. "in k€" → 1000). */
  scale: number;
  /**
   * ISO code of the currency the sheet names for its amounts (title, notes or value headers),
   * absent when it names none. A new register adopts it; an existing one keeps its own.
   */
  currency?: string;
}
