import { encodeSeriesSheet } from '../codec/encode-series-sheet.js';
import { encodeSettingsSheet } from '../codec/settings-sheet.js';
import type { Register } from '../model/register.js';
import { SHEETS } from '../model/sheets.js';
import type { IdentityDto, MappingDto, MergeReportDto, SourceRef } from '../service/governance-service.js';
import type { PlanImporter } from '../service/plan-importer.js';
import { PlanGateError } from '../service/plan-gate-error.js';
import { commitChange } from './commit-change.js';
import { readSourceAndRegister, type ReadSourceFile } from './read-source.js';
import { nowOf, type UseCaseDeps } from './use-case-deps.js';

/**
 * Create or update the register from a plan: merge, then one write of PG Audit, PG Plan /
 * Forecast / Actual (patched: rows the import did not change keep their cells), PG Settings (the
 * confirmed mapping), PG Register and PG Portfolio. The same plan twice writes nothing new.
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
  const outcome = importer.convert(loaded.register, read, mapping, { now: nowOf(deps), actor });
  if (outcome.error) throw new PlanGateError(outcome.error);
  const touched = outcome.report.rows
    .filter((r) => r.outcome === 'added' || r.outcome === 'updated')
    .map((r) => r.id);
  const mappingText = JSON.stringify(mapping);
  if (
    outcome.events.length === 0 &&
    touched.length === 0 &&
    loaded.hasRegister &&
    loaded.register.settings.importMapping === mappingText
  ) {
    return { ...outcome.report, wrote: [] };
  }
  const register: Register = {
    ...outcome.register,
    settings: { ...outcome.register.settings, importMapping: mappingText },
  };
  const rewrite = new Set(touched);
  const committed = await commitChange(deps, loaded, {
    register,
    events: outcome.events,
    rewriteIds: touched,
    extraWrites: (next) => [
      ...(['plan', 'forecast', 'actual'] as const).map((field) =>
        encodeSeriesSheet(next, field, { grid: loaded.read.grids[SHEETS[field]] ?? [], rewrite }),
      ),
      encodeSettingsSheet(next.settings),
    ],
  });
  return { ...outcome.report, wrote: committed.wrote };
}
