/**
 * Number formatting for flag reasons. Deterministic (no locale), so every host shows the same
 * sentence: thousands separated by commas, at most two decimals, a minus sign for negatives.
 */
export function formatAmount(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const cents = Math.round(Math.abs(value) * 100);
  const fraction = cents % 100;
  // Grouped by hand: a regular expression here made flag reasons cost more than the metrics.
  let whole = Math.floor(cents / 100);
  let grouped = '';
  while (whole >= 1000) {
    const group = whole % 1000;
    grouped = (group < 10 ? ',00' : group < 100 ? ',0' : ',') + group + grouped;
    whole = Math.floor(whole / 1000);
  }
  grouped = whole + grouped;
  const sign = value < 0 && cents !== 0 ? '-' : '';
  return fraction === 0 ? sign + grouped : sign + grouped + (fraction < 10 ? '.0' : '.') + fraction;
}

/**
 * A ratio as a percentage with at most one decimal ("60%", "52.5%"), rounded *down* so a share
 * just under a threshold never reads as the threshold itself (49.995 % shows 49.9 %, not 50 %).
 */
export function formatPercent(ratio: number): string {
  if (!Number.isFinite(ratio)) return String(ratio);
  // The epsilon absorbs binary noise such as 0.29 × 100 = 28.999999999999996.
  const tenths = Math.floor(ratio * 1000 + 1e-6);
  return tenths % 10 === 0 ? `${tenths / 10}%` : `${(tenths / 10).toFixed(1)}%`;
}
