/** Where an initiative's governed fields are, in words a user can follow. */
import type { Initiative } from '../model/initiative.js';

/**
 * 1-based `PG Register` rows by initiative ID, as the register decoder found them (blank and
 * unreadable rows are skipped there, so a row cannot be inferred from the initiative's index).
 */
export type RowLookup = ReadonlyMap<string, number>;

/** "on PG Register row 7", or "in the CAMP-07 row of PG Register" when the row is not known. */
export function onRegister(initiative: Initiative, rowOf?: RowLookup): string {
  const row = rowOf?.get(initiative.id);
  return row === undefined ? `in the ${initiative.id} row of PG Register` : `on PG Register row ${row}`;
}

/** "CAMP-07 Spring campaign", or the ID alone when it has no name. */
export function initiativeLabel(initiative: Initiative): string {
  return initiative.name.trim() ? `${initiative.id} ${initiative.name.trim()}` : initiative.id;
}

/** 118000 → "118,000"; 1234.5 → "1,234.50". Locale-free so every host prints the same. */
export function formatAmount(value: number): string {
  const negative = value < 0;
  const abs = Math.abs(value);
  const whole = Math.round(abs * 100) % 100 === 0;
  const [int, frac] = abs.toFixed(whole ? 0 : 2).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}
