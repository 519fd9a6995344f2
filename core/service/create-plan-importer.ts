import { importActuals } from '../actuals/import-actuals.js';
import type { ActualsOptions, ActualsResult } from '../actuals/actuals-types.js';
import { convertTable, inspectWorkbook, previewConversion } from '../import/index.js';
import type { PlanImporter } from '../contract/plan-importer.js';
import { mergeImport } from '../merge/merge-import.js';

export interface PlanImporterOptions {
  /** Column choices and the booking period for actuals exports (the command line's --key, --amount, --period). */
  actuals?: Omit<ActualsOptions, 'now' | 'actor'>;
  /** Receives the full actuals result (excluded rows, warnings, the mapping) for hosts that show more than the DTO. */
  onActuals?: (result: ActualsResult) => void;
  /** Receives the imported plan's excluded rows, warnings and problems. */
  onPlan?: (plan: ReturnType<typeof convertTable>) => void;
}

/** The plan importer every host hands to `createGovernanceService`: detection, conversion, merge, actuals. */
export function createPlanImporter(options: PlanImporterOptions = {}): PlanImporter {
  return {
    inspect: (source, { sourceName, fiscalYearStart, sheet, registerCurrency, answers }) =>
      inspectWorkbook(source, {
        fiscalYearStart,
        source: sourceName,
        ...(answers ? { answers } : {}),
        ...(sheet !== undefined ? { sheet } : {}),
        ...(registerCurrency !== undefined ? { registerCurrency } : {}),
      }),
    preview: (source, mapping, settings) => previewConversion(source, mapping, settings),
    convert: (register, source, mapping, context) => {
      const plan = convertTable(source, mapping, register.settings);
      options.onPlan?.(plan);
      if (plan.initiatives.length === 0) {
        const why =
          plan.warnings[0] ?? 'every row under the header is a total, a section, blank or unreadable';
        return {
          register,
          report: {
            counts: { added: 0, updated: 0, unchanged: 0, conflict: 0, skipped: 0 },
            rows: [],
            wrote: [],
          },
          events: [],
          problems: plan.problems,
          error: `No initiative could be read from sheet '${mapping.sheet}' (header row ${mapping.headerRow}): ${why}. Check the mapping, or choose another sheet.`,
        };
      }
      const merged = mergeImport(register, plan, context.now, context.actor);
      return { ...merged, problems: plan.problems, error: null };
    },
    actuals: (register, source, context) => {
      const result = importActuals(register, source, {
        ...options.actuals,
        ...(context.spread ? { spread: context.spread } : {}),
        now: context.now,
        actor: context.actor,
      });
      options.onActuals?.(result);
      return { register: result.register, report: result.report, events: result.events, error: result.error };
    },
  };
}
