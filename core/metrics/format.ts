/**
 * Number formatting for flag reasons. Deterministic (no locale), so every host shows the same
 * sentence: thousands separated by commas, at most two decimals, a minus sign for negatives.
 */
export function formatAmount(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const cents = Math.round(Math.abs(value) * 100);
  const whole = Math.floor(cents / 100);
  const fraction = cents % 100;
  const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const sign = value < 0 && cents !== 0 ? '-' : '';
  return fraction === 0 ? `${sign}${grouped}` : `${sign}${grouped}.${String(fraction).padStart(2, '0')}`;
}

/** A ratio as a whole percentage ("87%"), or with one decimal when rounding would hide a threshold. */
export function formatPercent(ratio: number): string {
  const percent = ratio * 100;
  const rounded = Math.round(percent);
  return Math.abs(percent - rounded) < 0.05 ? `${rounded}%` : `${percent.toFixed(1)}%`;
}
