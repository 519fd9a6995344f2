import type { CellValue } from '../core/index.js';
import { MemoryWorkbook } from '../core/index.js';
import type { WorkbookPort, WorkbookRead, WritePlan } from '../core/index.js';

type Listener = () => void;

/**
 * The playground's workbook with two kinds of change notice: `onAnyChange` (the grid view
 * redraws after every write, PlanGate's or a person's) and `onHandEdit` (only what a person
 * typed, so the panes reload without reacting to their own writes in a loop).
 */
export class ObservableWorkbook implements WorkbookPort {
  private readonly any = new Set<Listener>();
  private readonly hand = new Set<Listener>();

  constructor(readonly book: MemoryWorkbook) {}

  read(sheets: readonly string[]): Promise<WorkbookRead> {
    return this.book.read(sheets);
  }

  async write(plan: WritePlan): Promise<void> {
    await this.book.write(plan);
    this.any.forEach((l) => l());
  }

  /** A person typing into a cell of any sheet, the user's own or a PG sheet. */
  typeCell(sheet: string, row: number, col: number, value: CellValue): void {
    this.book.setCell(sheet, row, col, value);
    this.any.forEach((l) => l());
    this.hand.forEach((l) => l());
  }

  onAnyChange(listener: Listener): () => void {
    this.any.add(listener);
    return () => this.any.delete(listener);
  }

  onHandEdit(listener: Listener): () => void {
    this.hand.add(listener);
    return () => this.hand.delete(listener);
  }
}
