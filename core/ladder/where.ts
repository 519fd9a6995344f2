/** Where an initiative's governed fields are, in words a user can follow. */
import type { Initiative } from '../model/initiative.js';
import type { Register } from '../model/register.js';

/**
 * The 1-based `PG Register` row of an initiative (the header is row 1 and rows follow
 * `register.initiatives`), or null when it is not in the register.
 */
export function registerRow(register: Register, initiative: Initiative): number | null {
  const index = register.initiatives.findIndex((candidate) => candidate.id === initiative.id);
  return index < 0 ? null : index + 2;
}

/** "on PG Register row 7" (or "in the CAMP-07 row of PG Register" when the row is unknown). */
export function onRegister(register: Register, initiative: Initiative): string {
  const row = registerRow(register, initiative);
  return row === null ? `in the ${initiative.id} row of PG Register` : `on PG Register row ${row}`;
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
