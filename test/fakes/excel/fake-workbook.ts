import { FakeExcelError, itemNotFound } from './excel-error.js';
import { FakeWorksheet } from './fake-worksheet.js';
import { FakeClientObject, type FakeRequestContext, jsonBytes } from './request-context.js';
import type { SheetState } from './sheet-state.js';
import type { ChangeEvent, CollectionHandlers, SelectionEvent, WorkbookState } from './workbook-state.js';

interface FakeEventHandlerResult {
  context: FakeRequestContext;
  remove(): void;
}

function handlers<E>(
  context: FakeRequestContext,
  list: (h: CollectionHandlers) => ((e: E) => Promise<unknown>)[],
) {
  return {
    add(handler: (event: E) => Promise<unknown>): FakeEventHandlerResult {
      context.enqueue(0, () => {
        list(context.state.collectionHandlers).push(handler);
      });
      return {
        context,
        remove: () =>
          context.enqueue(0, () => {
            const all = list(context.state.collectionHandlers);
            all.splice(all.indexOf(handler), 1);
          }),
      };
    },
  };
}

/** context.workbook.worksheets */
export class FakeWorksheets extends FakeClientObject<WorkbookState> {
  protected readonly kind = 'workbook';

  protected override readProperty(t: WorkbookState, name: string): unknown {
    if (name.startsWith('items')) {
      return t.sheets.map((sheet) => {
        const proxy = new FakeWorksheet(this.context, () => (t.sheets.includes(sheet) ? sheet : null));
        proxy.preload(sheet, ['name']);
        return proxy;
      });
    }
    throw new FakeExcelError('InvalidArgument', `The fake does not model WorksheetCollection.${name}.`);
  }

  get items(): FakeWorksheet[] {
    return this.loadedValue('items');
  }

  readonly onSelectionChanged = handlers<SelectionEvent>(this.context, (h) => h.selection);
  readonly onChanged = handlers<ChangeEvent>(this.context, (h) => h.changed);

  /** Whatever is asked for (`items/name`…), the fake loads the sheets with their names. */
  override load(_option?: string | string[] | { select?: string | string[] }): this {
    return super.load('items');
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const sheet = this.context.state.find(name);
      if (!sheet) throw itemNotFound(`worksheet "${name}"`);
      return sheet;
    });
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.state.find(name));
  }

  add(name: string): FakeWorksheet {
    let created: SheetState | null = null;
    this.context.enqueue(jsonBytes(name), () => {
      created = this.context.state.add(name);
    });
    return new FakeWorksheet(this.context, () => created);
  }
}

/** context.workbook */
export class FakeWorkbook {
  readonly worksheets: FakeWorksheets;
  readonly application: { suspendApiCalculationUntilNextSync(): void; calculate(type: string): void };

  constructor(context: FakeRequestContext) {
    this.worksheets = new FakeWorksheets(context, () => context.state);
    this.application = {
      suspendApiCalculationUntilNextSync: () => context.suspendCalculation(),
      calculate: (type) => context.calculate(type),
    };
  }
}
