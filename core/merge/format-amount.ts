// One formatter for all report lines: creating one per call dominates a 10k-row merge.
const FORMAT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** An amount as people read it in a report line: `12,500` or `1,250.5`; blank as `blank`. */
export function formatAmount(value: number): string {
  return Number.isNaN(value) ? 'blank' : FORMAT.format(value);
}
