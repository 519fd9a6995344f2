/** Name of the performance mark set when the first pane shows its controls (read by the benchmark). */
export const INTERACTIVE_MARK = 'plangate:interactive';

/** Marks the first time any pane is ready for input; later calls do nothing. */
export function markInteractive(): void {
  if (typeof performance === 'undefined' || performance.getEntriesByName(INTERACTIVE_MARK).length > 0) return;
  performance.mark(INTERACTIVE_MARK);
}
