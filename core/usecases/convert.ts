import { encodeSeriesSheet } from '../codec/encode-series-sheet.js';
import { encodeSettingsSheet } from '../codec/settings-sheet.js';
import type { Register } from '../model/register.js';
import { SHEETS } from '../model/sheets.js';
import type { IdentityDto, MappingDto, MergeReportDto, SourceRef } from '../service/governance-service.js';
import type { PlanImporter } from '../service/plan-importer.js';
import { PlanGateError } from '../service/plan-gate-error.js';
import { canonicalJson } from '../seal/canonical-json.js';
import type { UnsealedEvent } from '../seal/chain.js';
import { applySettingsPatch } from './apply-settings-patch.js';
import { commitChange } from './commit-change.js';
import { readSourceAndRegister, type ReadSourceFile } from './read-source.js';
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
  mapping: MappingDto,
  actor: IdentityDto,
): Promise<MergeReportDto> {
  const { loaded, source: read } = await readSourceAndRegister(deps, source, readSourceFile);
  const adoption = adoptPlanCurrency(loaded.register, mapping.currency, nowOf(deps), actor);
  const outcome = importer.convert(adoption.register, read, mapping, { now: nowOf(deps), actor });
  if (outcome.error) throw new PlanGateError(outcome.error);
  const currency = adoption.report;
  const touched = outcome.report.rows
    .filter((r) => r.outcome === 'added' || r.outcome === 'updated')
    .map((r) => r.id);
  const mappingText = JSON.stringify(mapping);
  if (
    adoption.event === null &&
    outcome.events.length === 0 &&
    touched.length === 0 &&
    loaded.hasRegister &&
    loaded.register.settings.importMapping === mappingText
  ) {
    return { ...outcome.report, wrote: [], currency };
  }
  const register: Register = {
    ...outcome.register,
    settings: { ...outcome.register.settings, importMapping: mappingText },
  };
  const rewrite = new Set(touched);
  const committed = await commitChange(deps, loaded, {
    register,
    events: adoption.event ? [adoption.event, ...outcome.events] : outcome.events,
    rewriteIds: touched,
    extraWrites: (next) => [
      ...(['plan', 'forecast', 'actual'] as const).map((field) =>
        encodeSeriesSheet(next, field, { grid: loaded.read.grids[SHEETS[field]] ?? [], rewrite }),
      ),
      encodeSettingsSheet(next.settings),
    ],
  });
  return { ...outcome.report, wrote: committed.wrote, currency };
}

interface Adoption {
  register: Register;
  /** The settings event of the adoption; null when the register keeps its currency. */
  event: UnsealedEvent | null;
  report: NonNullable<MergeReportDto['currency']>;
}

/**
 * A register owns its currency once it holds initiatives or someone chose the currency (a
 * settings event naming it, e.g. `--currency` before the first import). Until then it takes the
 * plan's: a plan in dollars makes a register in dollars, not one that shows dollars as euros.
 */
function adoptPlanCurrency(
  register: Register,
  planCurrency: string | undefined,
  now: string,
  actor: IdentityDto,
): Adoption {
  const own = register.settings.currency;
  const kept: Adoption = {
    register,
    event: null,
    report: { code: own, source: 'kept', ...(planCurrency ? { plan: planCurrency } : {}) },
  };
  if (!planCurrency) return kept;
  const chosen = register.audit.some((e) => e.action === 'settings' && e.to.split(', ').includes('currency'));
  if (register.initiatives.length > 0 || chosen) return kept;
  const patched = applySettingsPatch(register, { currency: planCurrency });
  if (!patched.ok) {
    throw new PlanGateError(
      `The mapping names the currency "${planCurrency}", which is not a currency code: remove it from the mapping or type three letters such as EUR or USD.`,
    );
  }
  const code = patched.settings.currency;
  if (patched.changed.length === 0)
    return { register, event: null, report: { code, source: 'adopted', plan: code } };
  return {
    register: { ...register, settings: patched.settings },
    event: {
      time: now,
      actor: actor.name,
      identity: actor.kind,
      action: 'settings',
      initiative: '',
      from: '',
      to: 'currency',
      payload: canonicalJson({ currency: code }),
    },
    report: { code, source: 'adopted', plan: code },
  };
}
