import { cellAddress } from '../../core/index.js';
import type { ChartSpec, SheetLayout } from '../../core/index.js';
import { ACTION_BYTES, type BatchPlan } from './batch-plan.js';
import { PROTECTION_OPTIONS } from './protection-options.js';

const HEADER_FILL = '#DDEBF7';
/** Computed columns: grey header, so people see PlanGate overwrites them on refresh. */
const COMPUTED_FILL = '#D9D9D9';
/** Excel's list source is a comma-separated literal of at most 255 characters. */
const LIST_SOURCE_LIMIT = 255;

const CHART_TYPES: Record<ChartSpec['kind'], Excel.ChartType> = {
  column: 'ColumnClustered' as Excel.ChartType,
  stackedColumn: 'ColumnStacked' as Excel.ChartType,
  line: 'LineMarkers' as Excel.ChartType,
  waterfall: 'Waterfall' as Excel.ChartType,
};

export interface LayoutTarget {
  sheet: string;
  layout: SheetLayout;
  /** Data rows below the header (the grid's rows minus header rows). */
  dataRows: number;
  width: number;
  /** The header row's texts, to decide whether the block can become an Excel table. */
  headers: readonly unknown[];
}

/** Queues the visual layout of a replaced sheet: header style, widths, freeze, table, lists, lights, charts, protection. */
export function queueLayout(plan: BatchPlan, target: LayoutTarget): void {
  const { sheet, layout, width } = target;
  const header = Math.max(0, layout.headerRows);
  const dataRows = Math.max(1, target.dataRows);
  const queue = (bytes: number, apply: (ws: Excel.Worksheet) => void): void =>
    plan.add({
      bytes: bytes + ACTION_BYTES,
      queue: (context) => apply(context.workbook.worksheets.getItem(sheet)),
    });

  if (header > 0 && width > 0) {
    queue(ACTION_BYTES * (2 + width), (ws) => {
      const head = ws.getRangeByIndexes(0, 0, header, width);
      head.format.font.bold = true;
      layout.columns.slice(0, width).forEach((column, c) => {
        ws.getRangeByIndexes(0, c, header, 1).format.fill.color = column.computed
          ? COMPUTED_FILL
          : HEADER_FILL;
      });
    });
    queue(ACTION_BYTES, (ws) => ws.freezePanes.freezeRows(header));
  }

  layout.columns.forEach((column, c) => {
    if (column.width !== undefined && c < width) {
      // Excel widths are in points; a character of the default font is about 7 px (5.25 pt).
      const points = Math.round(column.width * 5.25 + 5);
      queue(ACTION_BYTES, (ws) => {
        ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = points;
      });
    }
    const source = column.validation?.join(',') ?? '';
    const listable =
      column.validation?.length &&
      source.length <= LIST_SOURCE_LIMIT &&
      !column.validation.some((v) => v.includes(','));
    if (listable && c < width) {
      queue(source.length, (ws) => {
        ws.getRangeByIndexes(header, c, dataRows, 1).dataValidation.rule = {
          list: { inCellDropDown: true, source },
        };
      });
    }
  });

  if (layout.tableName && header === 1 && uniqueHeaders(target.headers)) {
    const tableName = layout.tableName;
    queue(tableName.length, (ws) => {
      const table = ws.tables.add(ws.getRangeByIndexes(0, 0, 1 + target.dataRows, width), true);
      table.name = tableName;
    });
  }

  for (const rule of layout.conditional ?? []) {
    if (rule.column >= width) continue;
    queue(rule.equals.length + 32, (ws) => {
      const format = ws
        .getRangeByIndexes(header, rule.column, dataRows, 1)
        .conditionalFormats.add('CellValue' as Excel.ConditionalFormatType);
      format.cellValue.format.fill.color = rule.fill;
      if (rule.fontColor) format.cellValue.format.font.color = rule.fontColor;
      format.cellValue.rule = { formula1: `="${rule.equals.replace(/"/g, '""')}"`, operator: 'EqualTo' };
    });
  }

  for (const chart of layout.charts ?? []) {
    queue(chart.title.length + 64, (ws) => {
      const { row, col, rows, cols } = chart.source;
      const added = ws.charts.add(
        CHART_TYPES[chart.kind],
        ws.getRangeByIndexes(row, col, rows, cols),
        'Columns' as Excel.ChartSeriesBy,
      );
      added.title.text = chart.title;
      added.setPosition(cellAddress(chart.anchor.row, chart.anchor.col));
    });
  }

  if (layout.protection === 'warning') queue(ACTION_BYTES, (ws) => ws.protection.protect(PROTECTION_OPTIONS));
}

/** Excel renames blank or repeated table headers ("Column1"), which would change the sheet: skip the table then. */
function uniqueHeaders(headers: readonly unknown[]): boolean {
  const texts = headers.map((h) => (typeof h === 'string' ? h.trim().toLowerCase() : ''));
  return texts.every((t) => t !== '') && new Set(texts).size === texts.length;
}
