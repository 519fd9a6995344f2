import { FakeExcelError, propertyNotLoaded } from './excel-error.js';
import type { WorkbookState } from './workbook-state.js';

/** Office.js' limit on one request (Excel on the web: 5 MB). */
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;
/** Bytes each queued action adds to a request besides its arguments (object path, ids). */
const ACTION_OVERHEAD_BYTES = 48;

export interface SyncRecord {
  /** Estimated request bytes: every queued action's arguments as JSON plus a fixed overhead. */
  bytes: number;
  actions: number;
  /** Whether the batch asked Excel to hold recalculation until it finished. */
  calculationSuspended: boolean;
  /** Cell writes (values, formats) this batch made while the add-in's events were on. */
  writesWithEventsOn: number;
  /** Bytes of the loaded properties the response carries back, as JSON. */
  responseBytes: number;
}

export interface Action {
  bytes: number;
  run(): void;
  /** Bookkeeping of the fake itself (null-object tracking): no bytes, never a round trip on its own. */
  silent: boolean;
}

/** Everything a fake run records, across every `Excel.run`. */
export interface FakeStats {
  syncs: SyncRecord[];
}

const encoder = new TextEncoder();
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value) ?? '').length;
}

/** The request context: queues actions and applies them, in order, on `sync()`. */
export class FakeRequestContext {
  private queue: Action[] = [];
  private suspendCalc = false;
  private responseBytes = 0;

  /** Loads report what they send back, so a response over the limit fails like Excel's. */
  addResponse(bytes: number): void {
    this.responseBytes += bytes;
  }

  constructor(
    readonly state: WorkbookState,
    private readonly stats: FakeStats,
  ) {}

  enqueue(bytes: number, run: () => void): void {
    this.queue.push({ bytes: bytes + ACTION_OVERHEAD_BYTES, run, silent: false });
  }

  track(run: () => void): void {
    this.queue.push({ bytes: 0, run, silent: true });
  }

  suspendCalculation(): void {
    this.enqueue(0, () => undefined);
    this.suspendCalc = true;
  }

  private inSuspendedSync = false;

  /** `application.calculate(type)`: held too while the batch suspends calculation. */
  calculate(type: string): void {
    this.enqueue(type.length, () => {
      if (this.inSuspendedSync) return;
      if (type === 'Full' || type === 'FullRebuild') {
        this.state.calculationOwed = false;
        this.state.recalculate();
      } else if (type === 'Recalculate') {
        if (!this.state.calculationOwed) this.state.recalculate();
      } else {
        throw new FakeExcelError('InvalidArgument', `"${type}" is not an Excel.CalculationType.`);
      }
    });
  }

  async sync(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    const bytes = batch.reduce((sum, a) => sum + a.bytes, 0);
    const actions = batch.filter((a) => !a.silent).length;
    if (actions === 0) {
      // Office.js makes no round trip for an empty batch.
      for (const action of batch) action.run();
      return;
    }
    const record: SyncRecord = {
      bytes,
      actions,
      calculationSuspended: this.suspendCalc,
      writesWithEventsOn: 0,
      responseBytes: 0,
    };
    this.stats.syncs.push(record);
    this.suspendCalc = false;
    await Promise.resolve();
    const web = this.state.platform === 'web';
    if (web && bytes > REQUEST_LIMIT_BYTES) {
      throw new FakeExcelError(
        'RequestPayloadSizeLimitExceeded',
        `The request payload size has exceeded the limit (${bytes} bytes).`,
      );
    }
    // Like Excel, a failing action stops the batch; the actions before it stay applied.
    const before = this.state.writesWithEventsOn;
    const cellWrites = (): number => this.state.sheets.reduce((sum, s) => sum + s.cellWrites, 0);
    const writesBefore = cellWrites();
    this.responseBytes = 0;
    this.inSuspendedSync = record.calculationSuspended;
    try {
      for (const action of batch) action.run();
    } finally {
      this.inSuspendedSync = false;
      record.writesWithEventsOn = this.state.writesWithEventsOn - before;
      record.responseBytes = this.responseBytes;
      // Automatic calculation after the batch, unless the add-in held it (see calculationOwed).
      if (cellWrites() !== writesBefore) {
        if (record.calculationSuspended) this.state.calculationOwed = true;
        else if (!this.state.calculationOwed) this.state.recalculate();
      }
    }
    if (web && this.responseBytes > REQUEST_LIMIT_BYTES) {
      throw new FakeExcelError(
        'ResponsePayloadSizeLimitExceeded',
        `The response payload size has exceeded the limit (${this.responseBytes} bytes).`,
      );
    }
  }
}

type LoadOption = string | string[] | { select?: string | string[] } | undefined;

export function loadNames(option: LoadOption): string[] {
  const raw = typeof option === 'object' && !Array.isArray(option) ? option?.select : option;
  const list = Array.isArray(raw) ? raw : (raw ?? '').split(',');
  return list.map((s) => s.trim()).filter(Boolean);
}

/**
 * Base of every proxy: resolves its host object at sync time, and only hands out
 * properties that were loaded and synced.
 */
export abstract class FakeClientObject<T> {
  private loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(
    readonly context: FakeRequestContext,
    private readonly resolver: () => T | null,
  ) {
    context.track(() => {
      this.nullState = this.resolver() === null;
    });
  }

  /** For objects the host hands back already loaded (collection items). */
  preload(t: T, names: string[]): void {
    this.nullState = false;
    for (const name of names) this.loaded.set(name, this.readProperty(t, name));
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded('isNullObject');
    return this.nullState;
  }

  /** The host object, or an error the way Excel reports actions on missing objects. */
  protected target(): T {
    const t = this.resolver();
    if (t === null) throw new FakeExcelError('ItemNotFound', `The requested ${this.kind} doesn't exist.`);
    return t;
  }

  protected tryTarget(): T | null {
    return this.resolver();
  }

  load(option?: LoadOption): this {
    const names = loadNames(option);
    this.context.enqueue(names.join(',').length, () => {
      const t = this.resolver();
      this.nullState = t === null;
      for (const name of names.length ? names : this.defaultLoad()) {
        const value = t === null ? null : this.readProperty(t, name);
        this.loaded.set(name, value);
        if (name === 'values' || name === 'numberFormat') this.context.addResponse(jsonBytes(value));
      }
    });
    return this;
  }

  protected loadedValue<V>(name: string): V {
    if (!this.loaded.has(name)) throw propertyNotLoaded(name);
    return this.loaded.get(name) as V;
  }

  protected forget(name: string): void {
    this.loaded.delete(name);
  }

  protected abstract readonly kind: string;
  protected abstract readProperty(target: T, name: string): unknown;
  protected defaultLoad(): string[] {
    return [];
  }
}
