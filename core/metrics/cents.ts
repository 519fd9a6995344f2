/** Money as whole cents, so sums of many steps add up exactly (integers are exact below 2^53). */
export function toCents(value: number): number {
  return Number.isFinite(value) ? Math.round(value * 100) : 0;
}

/** An amount rounded to the cent, as reports show sums of many amounts. */
export function roundToCents(value: number): number {
  return fromCents(toCents(value));
}

export function fromCents(cents: number): number {
  return cents / 100;
}

/** Two series cells are the same value: both blank, or equal to the cent. */
export function sameAmount(a: number, b: number): boolean {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
  return Math.abs(a - b) < 0.005;
}
