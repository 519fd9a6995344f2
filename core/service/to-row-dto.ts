import { levelLabel } from '../ladder/presets.js';
import type { InitiativeMetrics } from '../model/metrics.js';
import type { Initiative } from '../model/initiative.js';
import type { Ladder } from '../model/ladder.js';
import type { InitiativeRowDto } from '../contract/governance-service.js';

/**
 * One register row for the panes. Written as a plain literal on purpose: `{ ...metrics, name, … }`
 * with a dozen added fields sends V8 down a slow path (about 100× slower on a 30k-row refresh).
 */
export function toRowDto(
  initiative: Initiative,
  metrics: InitiativeMetrics,
  ladder: Ladder,
): InitiativeRowDto {
  return {
    id: metrics.id,
    planTotal: metrics.planTotal,
    planToDate: metrics.planToDate,
    actualToDate: metrics.actualToDate,
    variance: metrics.variance,
    realization: metrics.realization,
    estimateAtCompletion: metrics.estimateAtCompletion,
    valueAtRisk: metrics.valueAtRisk,
    valueStatus: metrics.valueStatus,
    weightedValue: metrics.weightedValue,
    flags: metrics.flags.map((f) =>
      f.suggestion === undefined
        ? { code: f.code, reason: f.reason }
        : { code: f.code, reason: f.reason, suggestion: f.suggestion },
    ),
    name: initiative.name,
    program: initiative.program,
    workstream: initiative.workstream,
    client: initiative.client,
    owner: initiative.owner,
    sponsor: initiative.sponsor,
    controller: initiative.controller,
    doi: initiative.doi,
    doiName:
      ladder.levels.find((l) => l.level === initiative.doi)?.name ?? levelLabel(ladder, initiative.doi),
    state: initiative.state,
    implementationStatus: initiative.implementationStatus,
    confirmedValue: initiative.confirmedValue,
  };
}
