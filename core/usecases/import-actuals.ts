import { encodeSeriesSheet } from '../codec/encode-series-sheet.js';
import { SHEETS } from '../model/sheets.js';
import type { ActualsChoiceDto, ActualsReportDto, SourceRef } from '../contract/governance-service.js';
import type { Actor } from '../model/actor.js';
import type { PlanImporter } from '../contract/plan-importer.js';
import { PlanGateError } from '../contract/plan-gate-error.js';
import { commitChange } from './commit-change.js';
import { readSourceAndRegister } from './read-source.js';
import { type ReadSourceFile } from '../contract/read-source-file.js';
import { settingsRefusal } from './settings-refusal.js';
import { nowOf, type UseCaseDeps } from './use-case-deps.js';

/** Match a CRM/ERP export to initiatives and write PG Actual; the same export twice writes nothing. */
export async function importActuals(
  deps: UseCaseDeps,
  importer: PlanImporter,
  readSourceFile: ReadSourceFile | undefined,
  source: SourceRef,
  actor: Actor,
  choice: ActualsChoiceDto = {},
): Promise<ActualsReportDto> {
  const { loaded, source: read } = await readSourceAndRegister(deps, source, readSourceFile);
  if (!loaded.hasRegister)
    throw new PlanGateError('There is no register yet: convert a plan first, then import actuals.');
  const broken = settingsRefusal(loaded.register.settings, loaded.read.grids[SHEETS.settings]);
  if (broken) throw new PlanGateError(broken.message);
  const outcome = importer.actuals(loaded.register, read, {
    now: nowOf(deps),
    actor,
    ...(choice.spread ? { spread: choice.spread } : {}),
  });
  if (outcome.error) throw new PlanGateError(outcome.error);
  if (outcome.report.unchanged) return { ...outcome.report, wrote: [] };
  const before = new Map(loaded.register.initiatives.map((i) => [i.id, i.actual]));
  const changed = outcome.register.initiatives
    .filter((i) => {
      const old = before.get(i.id);
      return !old || old.length !== i.actual.length || i.actual.some((v, p) => !Object.is(v, old[p]));
    })
    .map((i) => i.id);
  const committed = await commitChange(deps, loaded, {
    register: outcome.register,
    events: outcome.events,
    extraWrites: (next) => [
      encodeSeriesSheet(next, 'actual', {
        grid: loaded.read.grids[SHEETS.actual] ?? [],
        rewrite: new Set(changed),
      }),
    ],
  });
  return { ...outcome.report, wrote: committed.wrote };
}
