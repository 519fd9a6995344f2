import { importActuals } from '../actuals/import-actuals.js';
import { convertTable } from '../import/convert-table.js';
import { inspectWorkbook } from '../import/inspect-workbook.js';
import { previewConversion } from '../import/preview-conversion.js';
import { mergeImport } from '../merge/merge-import.js';
import type { PlanImporter } from './plan-importer.js';

/** The plan and actuals import of the core, as the service uses it. */
export const corePlanImporter: PlanImporter = {
  inspect: (source, options) =>
    inspectWorkbook(source, {
      fiscalYearStart: options.fiscalYearStart,
      source: options.sourceName,
      ...(options.sheet !== undefined ? { sheet: options.sheet } : {}),
    }),
  preview: (source, mapping, settings) => previewConversion(source, mapping, settings),
  convert: (register, source, mapping, context) => {
    const imported = convertTable(source, mapping, register.settings);
    if (imported.initiatives.length === 0) {
      const why =
        imported.warnings[0] ?? imported.excluded[0]?.reason ?? 'no row of the table reads as an initiative';
      return {
        register,
        report: {
          counts: { added: 0, updated: 0, unchanged: 0, conflict: 0, skipped: 0 },
          rows: [],
          wrote: [],
        },
        events: [],
        problems: imported.problems,
        error: `Nothing was converted from ${mapping.sheet}: ${why}. Check the header row and the mapping, then try again.`,
      };
    }
    const merged = mergeImport(register, imported, context.now, context.actor);
    return {
      register: merged.register,
      report: merged.report,
      events: merged.events,
      problems: imported.problems,
      error: null,
    };
  },
  actuals: (register, source, context) => {
    const result = importActuals(register, source, { now: context.now, actor: context.actor });
    return { register: result.register, report: result.report, events: result.events, error: result.error };
  },
};
