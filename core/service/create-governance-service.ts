import { findInitiative } from '../ladder/outcome.js';
import { isPlanGateSheet } from '../model/sheets.js';
import { ConcurrentEditError, type WorkbookPort } from '../contract/workbook-port.js';
import { unreadableRowRefusal } from '../usecases/action-refusal.js';
import { bridge } from '../usecases/bridge.js';
import { convert } from '../usecases/convert.js';
import { importActuals } from '../usecases/import-actuals.js';
import { keptCurrency } from '../usecases/kept-currency.js';
import { loadRegister } from '../usecases/load-register.js';
import { move } from '../usecases/move.js';
import type { ReadSourceFile } from '../contract/read-source-file.js';
import { readSourceAndRegister } from '../usecases/read-source.js';
import { refresh } from '../usecases/refresh.js';
import { registerMetrics } from '../usecases/register-metrics.js';
import { saveSettings } from '../usecases/save-settings.js';
import { restoreLevel } from '../usecases/restore-level.js';
import { signOff } from '../usecases/sign-off.js';
import { snapshot } from '../usecases/snapshot.js';
import type { UseCaseDeps } from '../usecases/use-case-deps.js';
import { verify } from '../usecases/verify.js';
import type { GovernanceService, IdentityDto } from '../contract/governance-service.js';
import type { IdentityProvider } from '../contract/identity-provider.js';
import type { PlanImporter } from '../contract/plan-importer.js';
import { PlanGateError } from '../contract/plan-gate-error.js';
import { toDetailDto } from './to-detail-dto.js';
import { toPortfolioDto } from './to-portfolio-dto.js';
import { toRowDto } from './to-row-dto.js';
import { toSettingsDto } from './to-settings-dto.js';
import { toVerificationDto } from './to-verification-dto.js';

export interface ServiceDeps {
  port: WorkbookPort;
  clock: () => Date;
  identity: IdentityProvider;
  /** Turns an uploaded file into sheets (hosts with a file reader); without it, only sheets of the workbook can be imported. */
  readSourceFile?: ReadSourceFile;
  /**
   * Plan and actuals import: an importer, a loader of one (browser hosts load the import code only
   * when a user first imports, which keeps the pane's first load small), or `null` to switch import
   * off. By default the core's importer is loaded on first use.
   */
  importer?: PlanImporter | (() => Promise<PlanImporter>) | null;
}

/** The core's plan and actuals import, in a chunk of its own where the host's bundler splits code. */
const loadCorePlanImporter = async (): Promise<PlanImporter> =>
  (await import('./create-plan-importer.js')).createPlanImporter();

const NOT_AVAILABLE =
  'Plan import is not available here: use the plangate command line (plangate convert) and open the result.';

/** Turn anything thrown into a message for the pane; PlanGate's own messages pass unchanged. */
function userFacing(error: unknown): PlanGateError {
  if (error instanceof PlanGateError) return error;
  if (error instanceof ConcurrentEditError) return new PlanGateError(error.message);
  const detail = error instanceof Error ? error.message : String(error);
  return new PlanGateError(
    `PlanGate could not finish: ${detail}. Refresh to see the workbook as it is now, then try again; report it if it repeats.`,
  );
}

function guarded<A extends unknown[], R>(run: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args: A) => {
    try {
      return await run(...args);
    } catch (error) {
      throw userFacing(error);
    }
  };
}

/**
 * The one composition of the core's use cases that every host uses (task pane, Apps Script
 * server, playground, command line). Each method reads the workbook once and writes at most once.
 */
export function createGovernanceService(deps: ServiceDeps): GovernanceService {
  const useCase: UseCaseDeps = { port: deps.port, clock: deps.clock };
  const actor = async (): Promise<IdentityDto> => {
    const identity = await deps.identity.current();
    if (!identity || identity.name.trim() === '') {
      throw new PlanGateError(
        'PlanGate does not know who you are: enter your name (Acting as), then try again.',
      );
    }
    return identity;
  };
  let loadedImporter: PlanImporter | null = null;
  const importer = async (): Promise<PlanImporter> => {
    if (loadedImporter) return loadedImporter;
    const chosen = deps.importer === undefined ? loadCorePlanImporter : deps.importer;
    if (!chosen) throw new PlanGateError(NOT_AVAILABLE);
    loadedImporter = typeof chosen === 'function' ? await chosen() : chosen;
    return loadedImporter;
  };

  const service: GovernanceService = {
    overview: async () => {
      const loaded = await loadRegister(useCase);
      return {
        identity: await deps.identity.current(),
        hasRegister: loaded.hasRegister,
        initiativeCount: loaded.register.initiatives.length,
        userSheets: loaded.read.sheetNames.filter((s) => !isPlanGateSheet(s)),
        problems: loaded.problems,
        asOf: loaded.register.settings.asOf,
        currency: loaded.register.settings.currency,
      };
    },
    declareIdentity: async (name) => {
      if (name.trim() === '')
        throw new PlanGateError('Type your name so the audit log can record who acted.');
      return deps.identity.declare(name);
    },

    inspectSource: async (source, answers) => {
      const {
        loaded,
        source: read,
        sourceName,
      } = await readSourceAndRegister(useCase, source, deps.readSourceFile);
      // A register that keeps its own currency makes the plan's currency worth a warning.
      const kept = keptCurrency(loaded.register);
      return (await importer()).inspect(read, {
        sourceName,
        fiscalYearStart: loaded.register.settings.fiscalYearStart,
        ...(source.sheet !== undefined ? { sheet: source.sheet } : {}),
        ...(kept !== null ? { registerCurrency: kept } : {}),
        ...(answers ? { answers } : {}),
      });
    },
    previewConversion: async (source, mapping) => {
      const { loaded, source: read } = await readSourceAndRegister(useCase, source, deps.readSourceFile);
      return (await importer()).preview(read, mapping, loaded.register.settings);
    },
    convert: async (source, mapping) =>
      convert(useCase, await importer(), deps.readSourceFile, source, mapping, await actor()),
    importActuals: async (source, choice) =>
      importActuals(useCase, await importer(), deps.readSourceFile, source, await actor(), choice),

    refresh: async () => {
      const result = await refresh(useCase);
      const { register, metrics } = result;
      return {
        asOf: register.settings.asOf,
        currency: register.settings.currency,
        rows: register.initiatives.map((i, n) =>
          toRowDto(i, metrics.initiatives[n], register.settings.ladder),
        ),
        problems: result.problems,
        wrote: result.wrote,
      };
    },
    initiative: async (id) => {
      const loaded = await loadRegister(useCase);
      const { register, rowOf } = loaded;
      const found = findInitiative(register, id);
      if (typeof found === 'string') throw new PlanGateError(found);
      const unreadable = unreadableRowRefusal(loaded, found.id);
      const blocked = unreadable ? [unreadable.message, ...unreadable.problems].join(' ') : undefined;
      const actorNow = await deps.identity.current();
      return toDetailDto(register, registerMetrics(register), found, actorNow, rowOf, blocked);
    },
    move: async (request) => move(useCase, request, await actor()),
    signOff: async (request) => signOff(useCase, request, await actor()),
    restoreLevel: async (id) => restoreLevel(useCase, id),
    portfolio: async (groupBy) => {
      const { register } = await loadRegister(useCase);
      return toPortfolioDto(register, registerMetrics(register, groupBy));
    },
    verify: async () => toVerificationDto((await verify(useCase)).result),
    snapshot: async (label) => snapshot(useCase, label),
    bridge: async (from, to) => bridge(useCase, from, to),

    settings: async () => toSettingsDto((await loadRegister(useCase)).register.settings),
    saveSettings: async (patch) =>
      toSettingsDto((await saveSettings(useCase, patch, await actor())).register.settings),
  };

  const wrapped = {} as Record<string, unknown>;
  for (const [name, method] of Object.entries(service)) {
    wrapped[name] = guarded(method as (...args: unknown[]) => Promise<unknown>);
  }
  return wrapped as unknown as GovernanceService;
}
