import { encodeSeriesSheet } from '../codec/encode-series-sheet.js';
import { encodeSettingsSheet } from '../codec/settings-sheet.js';
import type { Register } from '../model/register.js';
import { SHEETS } from '../model/sheets.js';
import type { MergeReportDto, SourceRef } from '../contract/governance-service.js';
import type { Mapping } from '../model/mapping.js';
import type { Actor } from '../model/actor.js';
import type { PlanImporter } from '../contract/plan-importer.js';
import { PlanGateError } from '../contract/plan-gate-error.js';
import { applySettingsPatch } from './apply-settings-patch.js';
import { commitChange } from './commit-change.js';
import { keptCurrency } from './kept-currency.js';
import { currencyMismatch, gridCells, planCurrency, type PlanCells } from '../import/plan-currency.js';
import { settingsEvent } from './settings-event.js';
import { readSourceAndRegister } from './read-source.js';
import { type ReadSourceFile } from '../contract/read-source-file.js';
import { nowOf, type UseCaseDeps } from './use-case-deps.js';

/**
 * Create or update the register from a plan: merge, then one write of PG Audit, PG Plan /
 * Forecast / Actual (patched: rows the import did not change keep their cells), PG Settings (the
 * confirmed mapping), PG Register and PG Portfolio. The same plan twice writes nothing new.
 * A new register reports in the currency the plan names; an existing one keeps its own, and the
 * report says which currency the register reports in so every host can tell the user.
 */
export async function convert(
  deps: UseCaseDeps,
  importer: PlanImporter,
  readSourceFile: ReadSourceFile | undefined,
  source: SourceRef,
  mapping: Mapping,
  actor: Actor,
): Promise<MergeReportDto> {
  const { loaded, source: read } = await readSourceAndRegister(deps, source, readSourceFile);
  const adoption = adoptPlanCurrency(loaded.register, mapping.currency);
  const outcome = importer.convert(adoption.register, read, mapping, { now: nowOf(deps), actor });
  if (outcome.error) throw new PlanGateError(outcome.error);
  const currency = adoption.report;
  const warnings = currencyWarnings(
    mapping,
    gridCells(read.grids[mapping.sheet]),
    currency.code,
    outcome.report.warnings,
  );
  const touched = outcome.report.rows
    .filter((r) => r.outcome === 'added' || r.outcome === 'updated')
    .map((r) => r.id);
  const mappingText = JSON.stringify(mapping);
  if (
    adoption.fields.length === 0 &&
    outcome.events.length === 0 &&
    touched.length === 0 &&
    loaded.hasRegister &&
    loaded.register.settings.importMapping === mappingText
  ) {
    return { ...outcome.report, wrote: [], currency, ...warnings };
  }
  const register: Register = {
    ...outcome.register,
    settings: { ...outcome.register.settings, importMapping: mappingText },
  };
  const rewrite = new Set(touched);
  const fields = [
    ...adoption.fields,
    ...(loaded.register.settings.importMapping === mappingText ? [] : ['importMapping']),
  ];
  const recorded = settingsEvent(
    loaded.register.audit,
    loaded.register.settings,
    register.settings,
    fields,
    actor,
    nowOf(deps),
  );
  const committed = await commitChange(deps, loaded, {
    register,
    events: recorded ? [recorded, ...outcome.events] : outcome.events,
    rewriteIds: touched,
    extraWrites: (next) => [
      ...(['plan', 'forecast', 'actual'] as const).map((field) =>
        encodeSeriesSheet(next, field, { grid: loaded.read.grids[SHEETS[field]] ?? [], rewrite }),
      ),
      encodeSettingsSheet(next.settings),
    ],
  });
  return { ...outcome.report, wrote: committed.wrote, currency, ...warnings };
}

/** The report's warnings plus one when the plan's amounts are in another currency than the register keeps. */
function currencyWarnings(
  mapping: Mapping,
  sheet: PlanCells | undefined,
  registerCode: string,
  warnings: string[] | undefined,
): Pick<MergeReportDto, 'warnings'> {
  const plan = planCurrency(mapping, sheet);
  const mismatch = plan ? currencyMismatch(mapping.sheet, plan, registerCode) : null;
  const all = [...(warnings ?? []), ...(mismatch ? [mismatch] : [])];
  return all.length > 0 ? { warnings: all } : {};
}

interface Adoption {
  register: Register;
  /** `['currency']` when the register takes the plan's currency (recorded in the settings event). */
  fields: string[];
  report: NonNullable<MergeReportDto['currency']>;
}

/** A register that does not keep its own currency (see `keptCurrency`) takes the plan's. */
function adoptPlanCurrency(register: Register, named: string | undefined): Adoption {
  const own = register.settings.currency;
  const kept: Adoption = {
    register,
    fields: [],
    report: { code: own, source: 'kept', ...(named ? { plan: named } : {}) },
  };
  if (!named || keptCurrency(register) !== null) return kept;
  const patched = applySettingsPatch(register, { currency: named });
  if (!patched.ok) {
    throw new PlanGateError(
      `The mapping names the currency "${named}", which is not a currency code: remove it from the mapping or type three letters such as EUR or USD.`,
    );
  }
  const code = patched.settings.currency;
  if (patched.changed.length === 0)
    return { register, fields: [], report: { code, source: 'adopted', plan: code } };
  return {
    register: { ...register, settings: patched.settings },
    fields: ['currency'],
    report: { code, source: 'adopted', plan: code },
  };
}
