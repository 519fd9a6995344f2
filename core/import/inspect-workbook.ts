import { columnLetter } from '../model/cell.js';
import { isPlanGateSheet } from '../model/sheets.js';
import type { InspectionDto, TableDto } from '../contract/governance-service.js';
import { analyzeSheet, sheetView, type TableAnalysis } from './analyze-table.js';
import { buildPlan } from './convert-table.js';
import { messages } from './import-messages.js';
import { currencyMismatch, planCurrency } from './plan-currency.js';
import type { ImportSource, InspectOptions } from './imported-plan.js';
import { judgeTable } from './judge-table.js';

interface Judged {
  table: TableDto;
  reason: string | null;
  weight: number;
}

/**
 * Find the table in each of the user's sheets (or the one named), propose a mapping with a
 * confidence and reason per field, and say which tables are plans. When none is, `error`
 * tells the user why, sheet by sheet. Never modifies `read`.
 */
export function inspectWorkbook(read: ImportSource, options: InspectOptions): InspectionDto {
  const source =
    options.source ?? (read.sheetNames.length === 1 ? `'${read.sheetNames[0]}'` : 'this workbook');
  if (options.sheet !== undefined && !read.grids[options.sheet]) {
    return { source, tables: [], warnings: [], error: messages.sheetMissing(options.sheet, source) };
  }
  const sheets =
    options.sheet !== undefined
      ? [options.sheet]
      : read.sheetNames.filter((s) => !isPlanGateSheet(s) && read.grids[s]);
  const fallbackYear = options.defaultYear ?? new Date().getUTCFullYear();
  const judged: Judged[] = [];
  const withoutTable: string[] = [];
  for (const sheet of sheets) {
    const view = sheetView(read, sheet);
    const analysis = view ? analyzeSheet(view, options.fiscalYearStart, fallbackYear) : null;
    if (!analysis) {
      if (view && view.height > 0) withoutTable.push(sheet);
      continue;
    }
    judged.push(judge(analysis, options, fallbackYear));
  }
  const tables = judged.map((j) => j.table);
  if (tables.some((t) => t.verdict === 'plan')) return { source, tables, warnings: [], error: null };
  if (judged.length === 0) {
    const error =
      withoutTable.length === 1 ? messages.noTable(withoutTable[0]) : messages.emptyWorkbook(source);
    return {
      source,
      tables,
      warnings: [],
      error:
        withoutTable.length > 1
          ? `No plan found in ${source}: none of its sheets (${withoutTable.slice(0, 5).join(', ')}) has a table with a header row and rows below it.`
          : error,
    };
  }
  const main = [...judged].sort((a, b) => b.weight - a.weight)[0];
  const others = [...judged.filter((j) => j !== main).map((j) => j.table.sheet), ...withoutTable];
  return { source, tables, warnings: [], error: messages.noPlan(source, main.reason ?? '', others) };
}

function judge(a: TableAnalysis, options: InspectOptions, fallbackYear: number): Judged {
  const mapping = a.proposal.mapping;
  const plan = buildPlan(a.view, a, mapping, {
    fiscalYearStart: options.fiscalYearStart,
    defaultYear: fallbackYear,
  });
  const { verdict, reason } = judgeTable(a, plan.initiatives.length);
  if (verdict === 'actuals') mapping.series = 'actual';
  // Where the sheet names the currency, with the cell, for the warning and the pane's note.
  const currency = a.proposal.currency ? planCurrency(mapping, a.view) : null;
  const mismatch =
    currency && options.registerCurrency
      ? currencyMismatch(a.frame.sheet, currency, options.registerCurrency)
      : null;
  const warnings = [...a.proposal.warnings, ...(mismatch ? [mismatch] : []), ...plan.warnings];
  if (reason) warnings.unshift(reason);
  if (a.periods.assumedYear && mapping.periodColumns.length > 0) {
    warnings.push(
      `Month headers carry no year: read as ${a.periods.assumedYear.year}, taken from ${a.periods.assumedYear.from}.`,
    );
  }
  for (const note of a.periods.notes) warnings.push(`${capitalize(note)}.`);
  for (const ignored of a.frame.ignoredColumns) {
    warnings.push(
      `Column ${columnLetter(ignored.column)} ('${a.frame.headers[ignored.column] ?? ''}') was left out: ${ignored.reason}.`,
    );
  }
  if (mapping.fields.owner && /system IDs/.test(mapping.fields.owner.reason)) {
    warnings.push(
      `The owner column '${mapping.fields.owner.header}' holds system IDs, not names: owners will show as IDs until you replace them with names.`,
    );
  }
  if (plan.problems.length > 0) {
    warnings.push(
      `${plan.problems.length} cell${plan.problems.length === 1 ? '' : 's'} could not be read (first: ${plan.problems[0].cell}: ${plan.problems[0].message}).`,
    );
  }
  const columns: { column: number; header: string }[] = [];
  for (let c = a.frame.left; c <= a.frame.right; c++)
    columns.push({ column: c, header: a.frame.headers[c] ?? '' });
  const table: TableDto = {
    sheet: a.frame.sheet,
    headerRow: a.frame.headerRow + 1,
    initiatives: plan.initiatives.length,
    periods: plan.periods,
    mapping,
    excluded: plan.excluded,
    warnings,
    verdict,
    columns,
    ...(currency
      ? {
          currency: options.registerCurrency
            ? {
                code: options.registerCurrency,
                source: 'kept' as const,
                plan: currency.code,
                from: currency.from,
              }
            : { code: currency.code, source: 'adopted' as const, plan: currency.code, from: currency.from },
        }
      : {}),
  };
  // The sheet with the most figures is the one the user most likely meant; its reason leads the message.
  let figures = 0;
  for (const p of a.profiles.values()) figures += p.numbers + p.texts * 0.5;
  const weight = (verdict === 'actuals' ? 1e9 : 0) + figures;
  return { table, reason, weight };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
