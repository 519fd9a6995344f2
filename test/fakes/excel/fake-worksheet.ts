import { type Rect, MAX_COLS, MAX_ROWS, overlaps, parseAddress } from './a1.js';
import { FakeExcelError } from './excel-error.js';
import { FakeRange } from './fake-range.js';
import { FakeClientObject, type FakeRequestContext, jsonBytes } from './request-context.js';
import type { ChartState, SheetState, TableState } from './sheet-state.js';
import { type SelectionEvent, sheetId } from './workbook-state.js';

/** Excel.Worksheet over a fake sheet. */
export class FakeWorksheet extends FakeClientObject<SheetState> {
  protected readonly kind = 'worksheet';
  readonly protection: FakeProtection;
  readonly freezePanes: FakeFreezePanes;
  readonly tables: FakeTables;
  readonly charts: FakeCharts;
  readonly onSelectionChanged: { add(handler: (e: SelectionEvent) => Promise<unknown>): { remove(): void } };

  constructor(context: FakeRequestContext, resolver: () => SheetState | null) {
    super(context, resolver);
    this.protection = new FakeProtection(context, () => this.tryTarget());
    this.freezePanes = new FakeFreezePanes(context, () => this.target());
    this.tables = new FakeTables(context, () => this.tryTarget());
    this.charts = new FakeCharts(context, () => this.tryTarget());
    this.onSelectionChanged = {
      add: (handler) => {
        const key = { sheet: null as SheetState | null };
        context.enqueue(0, () => {
          key.sheet = this.target();
          const list = context.state.selectionHandlers.get(key.sheet.name) ?? [];
          list.push(handler);
          context.state.selectionHandlers.set(key.sheet.name, list);
        });
        return {
          remove: () =>
            context.enqueue(0, () => {
              if (!key.sheet) return;
              const list = context.state.selectionHandlers.get(key.sheet.name) ?? [];
              context.state.selectionHandlers.set(
                key.sheet.name,
                list.filter((h) => h !== handler),
              );
            }),
        };
      },
    };
  }

  protected override readProperty(t: SheetState, name: string): unknown {
    if (name === 'name') return t.name;
    if (name === 'id') return sheetId(t.name);
    if (name === 'position') return this.context.state.sheets.indexOf(t);
    throw new FakeExcelError('InvalidArgument', `The fake does not model Worksheet.${name}.`);
  }

  get name(): string {
    return this.loadedValue('name');
  }
  get id(): string {
    return this.loadedValue('id');
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.tryTarget();
      if (!sheet) return null;
      const rect: Rect = address ? parseAddress(address) : { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS };
      return { sheet, rect };
    });
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.tryTarget();
      return sheet ? { sheet, rect: { row, col, rows, cols } } : null;
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.tryTarget();
      const rect = sheet?.usedRect(valuesOnly) ?? null;
      return sheet && rect ? { sheet, rect } : null;
    });
  }

  delete(): void {
    this.context.enqueue(0, () => this.context.state.remove(this.target()));
  }

  activate(): void {
    this.context.enqueue(0, () => void this.target());
  }
}

/** Worksheet.protection. */
export class FakeProtection extends FakeClientObject<SheetState> {
  protected readonly kind = 'worksheet';
  protected override readProperty(t: SheetState, name: string): unknown {
    if (name === 'protected') return t.isProtected;
    throw new FakeExcelError('InvalidArgument', `The fake does not model WorksheetProtection.${name}.`);
  }
  get protected(): boolean {
    return this.loadedValue('protected');
  }
  /** `protect(options?, password?)` (ExcelApi 1.2); a person's Review › Protect Sheet is `protectedBy`. */
  protect(options: Record<string, unknown> = {}, password?: string): void {
    this.context.enqueue(jsonBytes(options), () => {
      const sheet = this.target();
      if (sheet.isProtected)
        throw new FakeExcelError('InvalidOperation', `${sheet.name} is already protected.`);
      sheet.isProtected = true;
      sheet.protectionOptions = { ...options };
      sheet.protectionPassword = password || null;
    });
  }
  /** `unprotect(password?)`: a sheet protected with a password stays protected without the right one. */
  unprotect(password?: string): void {
    this.context.enqueue(0, () => {
      const sheet = this.target();
      if (sheet.isProtected && sheet.protectionPassword !== null && password !== sheet.protectionPassword)
        throw new FakeExcelError(
          'InvalidArgument',
          'The argument is invalid or missing or has an incorrect format.',
          'WorksheetProtection.unprotect',
        );
      sheet.isProtected = false;
      sheet.protectionPassword = null;
    });
  }
}

/** Worksheet.freezePanes. */
export class FakeFreezePanes {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly sheet: () => SheetState,
  ) {}
  freezeRows(count: number): void {
    this.context.enqueue(4, () => {
      this.sheet().frozenRows = count;
    });
  }
  unfreeze(): void {
    this.context.enqueue(0, () => {
      this.sheet().frozenRows = 0;
    });
  }
}

/** A table or chart collection: `items` after `load('items/name')`. */
abstract class FakeNamedCollection<S extends { name: string }, P> extends FakeClientObject<SheetState> {
  protected readonly kind = 'worksheet';
  protected override readProperty(t: SheetState, name: string): unknown {
    if (name.startsWith('items')) return this.list(t).map((s) => this.wrap(s));
    throw new FakeExcelError('InvalidArgument', `The fake does not model ${name} on a collection.`);
  }
  get items(): P[] {
    return this.loadedValue('items') ?? [];
  }
  /** Whatever is asked for (`items/name`…), the fake loads the items with their names. */
  override load(_option?: string | string[] | { select?: string | string[] }): this {
    return super.load('items');
  }
  protected abstract list(t: SheetState): S[];
  protected abstract wrap(s: S): P;
}

export class FakeTable {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly state: () => { sheet: SheetState; table: TableState },
    readonly loadedName = '',
  ) {}
  get name(): string {
    return this.loadedName;
  }
  set name(value: string) {
    this.context.enqueue(jsonBytes(value), () => {
      const { sheet, table } = this.state();
      sheet.assertWritable();
      if (!/^[A-Za-z_\\][A-Za-z0-9_.]{0,254}$/.test(value) || /^[A-Za-z]{1,3}\d+$/.test(value)) {
        throw new FakeExcelError('InvalidArgument', `"${value}" is not a valid table name.`);
      }
      const taken = this.context.state
        .tableNames()
        .some((n) => n.toLowerCase() === value.toLowerCase() && n !== table.name);
      if (taken) throw new FakeExcelError('ItemAlreadyExists', `A table named "${value}" already exists.`);
      table.name = value;
    });
  }
  set showFilterButton(_value: boolean) {
    this.context.enqueue(4, () => void this.state());
  }
  delete(): void {
    this.context.enqueue(0, () => {
      const { sheet, table } = this.state();
      sheet.assertWritable();
      sheet.tables = sheet.tables.filter((t) => t !== table);
    });
  }
}

export class FakeTables extends FakeNamedCollection<TableState, FakeTable> {
  protected list(t: SheetState): TableState[] {
    return t.tables;
  }
  protected wrap(s: TableState): FakeTable {
    const sheet = this.target();
    return new FakeTable(this.context, () => ({ sheet, table: s }), s.name);
  }
  getItem(name: string): FakeTable {
    return new FakeTable(this.context, () => {
      const sheet = this.target();
      const table = sheet.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
      if (!table) throw new FakeExcelError('ItemNotFound', `There is no table named "${name}".`);
      return { sheet, table };
    });
  }

  add(address: string | FakeRange, hasHeaders: boolean): FakeTable {
    const holder: { table: TableState | null; sheet: SheetState | null } = { table: null, sheet: null };
    this.context.enqueue(jsonBytes(typeof address === 'string' ? address : 'range') + 4, () => {
      const sheet = this.target();
      sheet.assertWritable();
      const rect = typeof address === 'string' ? parseAddress(address) : address.resolveTarget().rect;
      if (!hasHeaders)
        throw new FakeExcelError('InvalidArgument', 'The fake models tables with headers only.');
      if (sheet.tables.some((t) => overlaps(t.rect, rect))) {
        throw new FakeExcelError('InvalidOperation', "A table can't overlap another table.");
      }
      let n = this.context.state.tableNames().length + 1;
      while (this.context.state.tableNames().includes(`Table${n}`)) n++;
      const table = { name: `Table${n}`, rect };
      sheet.tables.push(table);
      holder.table = table;
      holder.sheet = sheet;
    });
    return new FakeTable(this.context, () => {
      if (!holder.table || !holder.sheet)
        throw new FakeExcelError('InvalidObjectPath', 'The table was not created.');
      return { sheet: holder.sheet, table: holder.table };
    });
  }
}

export class FakeChart {
  readonly title: { text: string };
  constructor(
    private readonly context: FakeRequestContext,
    private readonly state: () => { sheet: SheetState; chart: ChartState },
    readonly loadedName = '',
  ) {
    const update = (patch: Partial<ChartState>): void =>
      context.enqueue(jsonBytes(patch), () => {
        const { sheet, chart } = this.state();
        sheet.assertWritable();
        Object.assign(chart, patch);
      });
    this.title = {
      set text(v: string) {
        update({ title: v });
      },
      get text(): string {
        throw new FakeExcelError('PropertyNotLoaded', 'Load the chart title before reading it.');
      },
    };
    this.update = update;
  }
  private readonly update: (patch: Partial<ChartState>) => void;
  get name(): string {
    return this.loadedName;
  }
  set name(value: string) {
    this.update({ name: value });
  }
  setPosition(startCell: string, _endCell?: string): void {
    this.update({ position: startCell });
  }
  delete(): void {
    this.context.enqueue(0, () => {
      const { sheet, chart } = this.state();
      sheet.assertWritable();
      sheet.charts = sheet.charts.filter((c) => c !== chart);
    });
  }
}

const CHART_TYPES = new Set([
  'ColumnClustered',
  'ColumnStacked',
  'Line',
  'LineMarkers',
  'Waterfall',
  'BarClustered',
  'Pie',
]);

export class FakeCharts extends FakeNamedCollection<ChartState, FakeChart> {
  protected list(t: SheetState): ChartState[] {
    return t.charts;
  }
  protected wrap(s: ChartState): FakeChart {
    const sheet = this.target();
    return new FakeChart(this.context, () => ({ sheet, chart: s }), s.name);
  }
  getItem(name: string): FakeChart {
    return new FakeChart(this.context, () => {
      const sheet = this.target();
      const chart = sheet.charts.find((c) => c.name === name);
      if (!chart) throw new FakeExcelError('ItemNotFound', `There is no chart named "${name}".`);
      return { sheet, chart };
    });
  }

  add(type: string, source: FakeRange, _seriesBy?: string): FakeChart {
    const holder: { chart: ChartState | null; sheet: SheetState | null } = { chart: null, sheet: null };
    this.context.enqueue(jsonBytes(type) + 16, () => {
      const sheet = this.target();
      sheet.assertWritable();
      if (!CHART_TYPES.has(type))
        throw new FakeExcelError('InvalidArgument', `The fake does not model chart type ${type}.`);
      const src = source.resolveTarget();
      if (src.sheet !== sheet)
        throw new FakeExcelError('InvalidArgument', 'The fake models charts over their own sheet.');
      const chart = {
        name: `Chart ${sheet.charts.length + 1}`,
        type,
        source: src.rect,
        title: '',
        position: '',
      };
      sheet.charts.push(chart);
      holder.chart = chart;
      holder.sheet = sheet;
    });
    return new FakeChart(this.context, () => {
      if (!holder.chart || !holder.sheet)
        throw new FakeExcelError('InvalidObjectPath', 'The chart was not created.');
      return { sheet: holder.sheet, chart: holder.chart };
    });
  }
}
