/** One queued change and what it adds to the request it rides in. */
export interface QueuedWrite {
  bytes: number;
  queue(context: Excel.RequestContext): void;
}

/** Fixed request bytes per queued action beyond its arguments (object paths, ids). */
export const ACTION_BYTES = 200;

/**
 * Splits writes into batches whose estimated request stays under `limit` bytes; each batch
 * becomes one `context.sync`. Row data is cut to fill the room left in the current batch.
 */
export class BatchPlan {
  readonly batches: QueuedWrite[][] = [[]];
  private used = 0;

  constructor(readonly limit: number) {}

  get isEmpty(): boolean {
    return this.used === 0;
  }

  get room(): number {
    return this.limit - this.used;
  }

  add(write: QueuedWrite): void {
    if (write.bytes > this.room && this.used > 0) this.next();
    this.current().push(write);
    this.used += write.bytes;
  }

  /** Closes the current batch (when it holds anything). */
  next(): void {
    if (this.current().length === 0) return;
    this.batches.push([]);
    this.used = 0;
  }

  private current(): QueuedWrite[] {
    return this.batches[this.batches.length - 1];
  }

  nonEmpty(): QueuedWrite[][] {
    return this.batches.filter((b) => b.length > 0);
  }
}
