/** An amount as people read it in a report line: `12,500` or `1,250.50`; blank as `blank`. */
export function formatAmount(value: number): string {
  if (Number.isNaN(value)) return 'blank';
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}
