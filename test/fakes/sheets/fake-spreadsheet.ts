import type { SpreadsheetApi } from '../../../sheets-addon/server/apps-script-api.js';
import type { CellIn } from '../../../sheets-addon/server/apps-script-api.js';
import { type FakeHost, growthRefused } from './fake-host.js';
import type { FakeRange } from './fake-range.js';
import { FakeSheet } from './fake-sheet.js';

/** The spreadsheet a container-bound script sees as `SpreadsheetApp.getActiveSpreadsheet()`. */
export class FakeSpreadsheet implements SpreadsheetApi {
  private sheets: FakeSheet[] = [];
  private active: FakeSheet | null = null;
  private selection: FakeRange | null = null;

  constructor(
    readonly host: FakeHost,
    private readonly id = 'fake-spreadsheet-id',
  ) {
    host.totalCells = () => this.sheets.reduce((sum, s) => sum + s.gridCells(), 0);
  }

  private hit(method: string): void {
    this.host.log.hit(`Spreadsheet.${method}`);
  }

  getId(): string {
    this.hit('getId');
    return this.id;
  }

  getSheets(): FakeSheet[] {
    this.hit('getSheets');
    return [...this.sheets];
  }

  getSheetByName(name: string): FakeSheet | null {
    this.hit('getSheetByName');
    return this.sheets.find((s) => s.getName() === name) ?? null;
  }

  insertSheet(name: string): FakeSheet {
    this.hit('insertSheet');
    if (this.sheets.some((s) => s.getName() === name))
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    growthRefused(this.host, 1000 * 26);
    const sheet = new FakeSheet(this.host, name);
    this.sheets.push(sheet);
    this.active = sheet;
    return sheet;
  }

  deleteSheet(sheet: FakeSheet): void {
    this.hit('deleteSheet');
    if (!this.sheets.includes(sheet)) throw new Error('The sheet does not belong to this spreadsheet.');
    if (this.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    this.sheets = this.sheets.filter((s) => s !== sheet);
    if (this.active === sheet) this.active = null;
  }

  getSpreadsheetTimeZone(): string {
    this.hit('getSpreadsheetTimeZone');
    return this.host.timeZone();
  }

  getActiveSheet(): FakeSheet {
    this.hit('getActiveSheet');
    const sheet = this.active ?? this.sheets[0];
    if (!sheet) throw new Error('The spreadsheet has no sheets.');
    return sheet;
  }

  getActiveRange(): FakeRange | null {
    this.hit('getActiveRange');
    return this.selection;
  }

  // ---- test helpers (not Apps Script API; never counted) ----

  /** Adds a user sheet holding `rows` from A1, as someone typing them would. */
  addUserSheet(name: string, rows: CellIn[][]): FakeSheet {
    growthRefused(this.host, 1000 * 26);
    const sheet = new FakeSheet(this.host, name);
    this.sheets.push(sheet);
    if (rows.length > 0) {
      const width = Math.max(...rows.map((r) => r.length));
      const padded = rows.map((r) => [...r, ...new Array<CellIn>(width - r.length).fill('')]);
      if (rows.length > 1000) sheet.insertRowsAfter(1000, rows.length - 1000);
      if (width > 26) sheet.insertColumnsAfter(26, width - 26);
      sheet.getRange(1, 1, rows.length, width).setValues(padded);
    }
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const found = this.sheets.find((s) => s.getName() === name);
    if (!found) throw new Error(`No sheet named ${name}`);
    return found;
  }

  select(sheetName: string, a1: string): void {
    const sheet = this.sheet(sheetName);
    this.active = sheet;
    this.selection = sheet.getRange(a1);
  }
}
