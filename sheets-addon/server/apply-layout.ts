import type { ChartSpec, SheetLayout } from '../../core/index.js';
import type { AppsScriptGlobals, ConditionalFormatRuleApi, SheetApi } from './apps-script-api.js';

const HEADER_FILL = '#DDEBF7';
/** Computed columns: grey header, so people see PlanGate overwrites them on refresh. */
const COMPUTED_FILL = '#D9D9D9';
/** Pixels per character of `ColumnSpec.width`, plus cell padding. */
const PX_PER_CHAR = 7;
const PADDING_PX = 10;

export const AUDIT_PROTECTION_NOTE =
  'PlanGate: append-only audit log with a hash chain. Editing rows breaks the chain and Verify will show where.';

/**
 * Applies a SheetLayout after the rows are written. Every call here is per sheet or per column,
 * never per row, so its cost does not grow with the register.
 */
export function applyLayout(
  gas: Pick<AppsScriptGlobals, 'SpreadsheetApp' | 'Charts'>,
  sheet: SheetApi,
  layout: SheetLayout,
  rowCount: number,
  width: number,
): void {
  const { headerRows, columns } = layout;
  const maxRows = sheet.getMaxRows();
  const dataRows = Math.max(1, maxRows - headerRows);
  const dataColumn = (c: number) => sheet.getRange(headerRows + 1, c + 1, dataRows, 1);

  if (headerRows > 0 && rowCount >= headerRows) {
    const header = sheet.getRange(1, 1, headerRows, width);
    header.setFontWeight('bold');
    const fills = Array.from({ length: width }, (_, c) =>
      columns[c]?.computed ? COMPUTED_FILL : HEADER_FILL,
    );
    header.setBackgrounds(Array.from({ length: headerRows }, () => fills));
    sheet.setFrozenRows(headerRows);
  }

  for (const run of widthRuns(columns.map((c) => c.width))) {
    sheet.setColumnWidths(run.start + 1, run.count, Math.round(run.width * PX_PER_CHAR + PADDING_PX));
  }

  columns.forEach((column, c) => {
    if (column.validation && column.validation.length > 0 && headerRows < maxRows) {
      const rule = gas.SpreadsheetApp.newDataValidation()
        .requireValueInList([...column.validation], true)
        .setAllowInvalid(false)
        .setHelpText(`Choose one of: ${column.validation.join(', ')}.`)
        .build();
      dataColumn(c).setDataValidation(rule);
    }
  });

  if (layout.conditional && layout.conditional.length > 0 && headerRows < maxRows) {
    const rules: ConditionalFormatRuleApi[] = layout.conditional.map((rule) => {
      let builder = gas.SpreadsheetApp.newConditionalFormatRule()
        .whenTextEqualTo(rule.equals)
        .setBackground(rule.fill)
        .setRanges([dataColumn(rule.column)]);
      if (rule.fontColor) builder = builder.setFontColor(rule.fontColor);
      return builder.build();
    });
    sheet.setConditionalFormatRules(rules);
  }

  if (layout.tableName && headerRows > 0 && rowCount >= headerRows) {
    sheet.getRange(headerRows, 1, rowCount - headerRows + 1, width).createFilter();
  }

  if (layout.protection === 'warning') {
    sheet.protect().setDescription(AUDIT_PROTECTION_NOTE).setWarningOnly(true);
  }

  for (const chart of layout.charts ?? []) insertChart(gas, sheet, chart);
}

/** Neighbouring columns of the same width, so each run is one call. */
function widthRuns(widths: (number | undefined)[]): { start: number; count: number; width: number }[] {
  const runs: { start: number; count: number; width: number }[] = [];
  widths.forEach((width, c) => {
    if (!width) return;
    const last = runs[runs.length - 1];
    if (last && last.width === width && last.start + last.count === c) last.count++;
    else runs.push({ start: c, count: 1, width });
  });
  return runs;
}

function insertChart(gas: Pick<AppsScriptGlobals, 'Charts'>, sheet: SheetApi, spec: ChartSpec): void {
  const types = gas.Charts.ChartType;
  const type = spec.kind === 'line' ? types.LINE : spec.kind === 'waterfall' ? types.WATERFALL : types.COLUMN;
  const { source, anchor } = spec;
  let builder = sheet
    .newChart()
    .setChartType(type)
    .addRange(sheet.getRange(source.row + 1, source.col + 1, source.rows, source.cols))
    .setNumHeaders(1)
    .setPosition(anchor.row + 1, anchor.col + 1, 0, 0)
    .setOption('title', spec.title);
  if (spec.kind === 'stackedColumn') builder = builder.setOption('isStacked', true);
  sheet.insertChart(builder.build());
}

/** Removes what a previous layout left behind, so `replace` starts from a blank sheet. */
export function resetSheet(gas: Pick<AppsScriptGlobals, 'SpreadsheetApp'>, sheet: SheetApi): void {
  sheet.clear();
  sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns()).clearDataValidations();
  sheet.setConditionalFormatRules([]);
  sheet.getFilter()?.remove();
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  for (const protection of sheet.getProtections(gas.SpreadsheetApp.ProtectionType.SHEET)) protection.remove();
  sheet.setFrozenRows(0);
}
