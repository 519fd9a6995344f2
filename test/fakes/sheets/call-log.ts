/**
 * Counts every call a test makes into the fake Apps Script services, by `Class.method`.
 * Range reads and writes are what the performance budget is about: Apps Script charges a
 * round trip per call, so a refresh must make a fixed number of them whatever the row count.
 */
const READS = new Set(['Range.getValues', 'Range.getDisplayValues', 'Range.getNumberFormats']);
const WRITES = new Set([
  'Range.setValues',
  'Range.setNumberFormats',
  'Range.setNumberFormat',
  'Range.setBackgrounds',
]);

export class CallLog {
  private readonly counts = new Map<string, number>();

  hit(method: string): void {
    this.counts.set(method, (this.counts.get(method) ?? 0) + 1);
  }

  count(method: string): number {
    return this.counts.get(method) ?? 0;
  }

  /** Calls that move cell values or formats from the sheet to the script. */
  get rangeReads(): number {
    return this.sum((m) => READS.has(m));
  }

  /** Calls that move cell values or formats from the script to the sheet. */
  get rangeWrites(): number {
    return this.sum((m) => WRITES.has(m));
  }

  /** Every service call, of any kind. */
  get total(): number {
    return this.sum(() => true);
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  reset(): void {
    this.counts.clear();
  }

  private sum(keep: (method: string) => boolean): number {
    let total = 0;
    for (const [method, n] of this.counts) if (keep(method)) total += n;
    return total;
  }
}
