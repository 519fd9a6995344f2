/**
 * Office.js APIs the add-in calls, each with the ExcelApi requirement set that introduced it
 * (from the API reference). The manifest must declare at least the highest one in use.
 */
export const API_REQUIREMENTS: readonly { api: string; pattern: RegExp; set: string }[] = [
  {
    api: 'Excel.run, worksheets, Range.values/numberFormat',
    pattern: /\.values\s*=|numberFormat\s*=/,
    set: '1.1',
  },
  { api: 'WorksheetCollection.add', pattern: /worksheets\.add\(/, set: '1.1' },
  { api: 'TableCollection.add', pattern: /tables\.add\(/, set: '1.1' },
  { api: 'ChartCollection.add, Chart.setPosition', pattern: /charts\.add\(|setPosition\(/, set: '1.1' },
  { api: 'RangeFormat.columnWidth', pattern: /columnWidth\s*=/, set: '1.2' },
  { api: 'WorksheetProtection.protect', pattern: /protection\.protect\(/, set: '1.2' },
  { api: 'getItemOrNullObject', pattern: /getItemOrNullObject\(/, set: '1.4' },
  { api: 'getUsedRangeOrNullObject', pattern: /getUsedRangeOrNullObject\(/, set: '1.4' },
  {
    api: 'Application.suspendApiCalculationUntilNextSync',
    pattern: /suspendApiCalculationUntilNextSync\(/,
    set: '1.6',
  },
  { api: 'Range.conditionalFormats', pattern: /conditionalFormats\./, set: '1.6' },
  { api: 'WorksheetFreezePanes', pattern: /freezePanes\./, set: '1.7' },
  { api: 'Worksheet.getRangeByIndexes', pattern: /getRangeByIndexes\(/, set: '1.7' },
  { api: 'Worksheet.onSelectionChanged', pattern: /onSelectionChanged\./, set: '1.7' },
  { api: 'WorksheetProtection.unprotect', pattern: /protection\.unprotect\(/, set: '1.7' },
  { api: 'Range.dataValidation', pattern: /dataValidation\./, set: '1.8' },
  { api: 'Runtime.enableEvents', pattern: /runtime\.enableEvents/, set: '1.8' },
  { api: 'ChartType Waterfall', pattern: /'Waterfall'/, set: '1.9' },
  {
    api: 'WorksheetCollection.onSelectionChanged/onChanged',
    pattern: /sheets\.on(SelectionChanged|Changed)\.add\(/,
    set: '1.9',
  },
];

/**
 * APIs of other requirement sets, by set name. `CustomFunctions.Error` (how a worksheet function
 * shows #VALUE! with its reason) is CustomFunctionsRuntime 1.2 (reference: "CustomFunctions.Error
 * class", remarks: API set CustomFunctionsRuntime 1.2).
 */
export const OTHER_REQUIREMENTS: readonly { api: string; pattern: RegExp; name: string; set: string }[] = [
  {
    api: 'CustomFunctions.Error',
    pattern: /new api\.Error\(|new CustomFunctions\.Error\(/,
    name: 'CustomFunctionsRuntime',
    set: '1.2',
  },
];

/** The lowest version of every non-ExcelApi requirement set the code needs, by set name. */
export function requiredOtherSets(sources: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of OTHER_REQUIREMENTS) {
    if (!sources.some((code) => entry.pattern.test(code))) continue;
    const before = out[entry.name];
    if (!before || compare(entry.set, before) > 0) out[entry.name] = entry.set;
  }
  return out;
}

function compare(a: string, b: string): number {
  const [x, y] = [a.split('.').map(Number), b.split('.').map(Number)];
  return (x[0] - y[0]) * 1000 + ((x[1] ?? 0) - (y[1] ?? 0));
}

/** The highest ExcelApi set among the APIs that `sources` call, and which APIs those are. */
export function requiredExcelApi(sources: readonly string[]): { set: string; used: string[] } {
  const used = API_REQUIREMENTS.filter((entry) => sources.some((code) => entry.pattern.test(code)));
  const set = used.map((u) => u.set).reduce((max, s) => (compare(s, max) > 0 ? s : max), '1.1');
  return { set, used: used.map((u) => `${u.api} (ExcelApi ${u.set})`) };
}
