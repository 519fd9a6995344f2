/**
 * The slice of the Apps Script services PlanGate's server uses, as narrow structural types.
 *
 * The real globals are checked against these in `globals.ts` (so a method we call must exist
 * in `@types/google-apps-script`), and the behavioural fake in `test/fakes/sheets/` implements
 * exactly these (so tests cannot pass on a method Apps Script lacks).
 */
export type CellIn = string | number | boolean | Date;

export interface RangeApi {
  getValues(): CellIn[][];
  setValues(values: CellIn[][]): RangeApi;
  setNumberFormat(format: string): RangeApi;
  setNumberFormats(formats: string[][]): RangeApi;
  setFontWeight(weight: 'normal' | 'bold' | null): RangeApi;
  setBackgrounds(colors: string[][]): RangeApi;
  setDataValidation(rule: DataValidationApi | null): RangeApi;
  clearDataValidations(): RangeApi;
  createFilter(): unknown;
  getRow(): number;
  getColumn(): number;
  getNumRows(): number;
  getNumColumns(): number;
  getA1Notation(): string;
}

export interface ProtectionApi {
  setDescription(description: string): ProtectionApi;
  setWarningOnly(warningOnly: boolean): ProtectionApi;
  isWarningOnly(): boolean;
  remove(): void;
}

export interface FilterApi {
  remove(): void;
}

export interface EmbeddedChartApi {
  getChartId(): number | null;
}

export interface ChartBuilderApi {
  setChartType(type: unknown): ChartBuilderApi;
  addRange(range: RangeApi): ChartBuilderApi;
  setNumHeaders(headers: number): ChartBuilderApi;
  setPosition(anchorRow: number, anchorCol: number, offsetX: number, offsetY: number): ChartBuilderApi;
  setOption(option: string, value: unknown): ChartBuilderApi;
  build(): EmbeddedChartApi;
}

export interface SheetApi {
  getName(): string;
  getRange(row: number, column: number, numRows: number, numColumns: number): RangeApi;
  getRange(a1Notation: string): RangeApi;
  getDataRange(): RangeApi;
  getLastRow(): number;
  getLastColumn(): number;
  getMaxRows(): number;
  getMaxColumns(): number;
  insertRowsAfter(afterPosition: number, howMany: number): SheetApi;
  insertColumnsAfter(afterPosition: number, howMany: number): SheetApi;
  clear(): SheetApi;
  setFrozenRows(rows: number): void;
  getFrozenRows(): number;
  setColumnWidths(startColumn: number, numColumns: number, width: number): SheetApi;
  setConditionalFormatRules(rules: ConditionalFormatRuleApi[]): void;
  protect(): ProtectionApi;
  getProtections(type: unknown): ProtectionApi[];
  getFilter(): FilterApi | null;
  newChart(): ChartBuilderApi;
  insertChart(chart: EmbeddedChartApi): void;
  getCharts(): EmbeddedChartApi[];
  removeChart(chart: EmbeddedChartApi): void;
}

export interface SpreadsheetApi {
  getId(): string;
  getSheets(): SheetApi[];
  getSheetByName(name: string): SheetApi | null;
  insertSheet(name: string): SheetApi;
  deleteSheet(sheet: SheetApi): void;
  getSpreadsheetTimeZone(): string;
  getActiveSheet(): SheetApi;
  getActiveRange(): RangeApi | null;
}

export interface DataValidationApi {
  getCriteriaValues(): unknown[];
}

export interface DataValidationBuilderApi {
  requireValueInList(values: string[], showDropdown: boolean): DataValidationBuilderApi;
  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilderApi;
  setHelpText(helpText: string): DataValidationBuilderApi;
  build(): DataValidationApi;
}

export type ConditionalFormatRuleApi = object;

export interface ConditionalFormatRuleBuilderApi {
  whenTextEqualTo(text: string): ConditionalFormatRuleBuilderApi;
  setBackground(color: string | null): ConditionalFormatRuleBuilderApi;
  setFontColor(color: string | null): ConditionalFormatRuleBuilderApi;
  setRanges(ranges: RangeApi[]): ConditionalFormatRuleBuilderApi;
  build(): ConditionalFormatRuleApi;
}

export interface MenuApi {
  addItem(caption: string, functionName: string): MenuApi;
  addSeparator(): MenuApi;
  addToUi(): void;
}

export interface UiApi {
  createAddonMenu(): MenuApi;
  showSidebar(userInterface: HtmlOutputApi): void;
}

export interface SpreadsheetAppApi {
  getActiveSpreadsheet(): SpreadsheetApi;
  getUi(): UiApi;
  newDataValidation(): DataValidationBuilderApi;
  newConditionalFormatRule(): ConditionalFormatRuleBuilderApi;
  flush(): void;
  ProtectionType: { SHEET: unknown; RANGE: unknown };
}

export interface ChartsApi {
  ChartType: { COLUMN: unknown; LINE: unknown; WATERFALL: unknown };
}

export interface LockApi {
  tryLock(timeoutInMillis: number): boolean;
  waitLock(timeoutInMillis: number): void;
  releaseLock(): void;
  hasLock(): boolean;
}

export interface LockServiceApi {
  getDocumentLock(): LockApi | null;
}

export interface PropertiesApi {
  getProperty(key: string): string | null;
  setProperty(key: string, value: string): PropertiesApi;
}

export interface PropertiesServiceApi {
  getUserProperties(): PropertiesApi;
}

export interface UserApi {
  getEmail(): string;
}

export interface SessionApi {
  getActiveUser(): UserApi;
}

export interface HtmlOutputApi {
  setTitle(title: string): HtmlOutputApi;
  addMetaTag(name: string, content: string): HtmlOutputApi;
  getContent(): string;
}

export interface HtmlServiceApi {
  createHtmlOutputFromFile(filename: string): HtmlOutputApi;
}

export interface BlobApi {
  getDataAsString(charset: string): string;
}

export interface UtilitiesApi {
  formatDate(date: Date, timeZone: string, format: string): string;
  /** Bytes as Apps Script takes them: signed, -128…127. */
  newBlob(data: number[]): BlobApi;
}

/** Every Apps Script global the server touches. */
export interface AppsScriptGlobals {
  SpreadsheetApp: SpreadsheetAppApi;
  Charts: ChartsApi;
  LockService: LockServiceApi;
  PropertiesService: PropertiesServiceApi;
  Session: SessionApi;
  HtmlService: HtmlServiceApi;
  Utilities: UtilitiesApi;
}
