import { levelLabel } from '../ladder/presets.js';
import type { InitiativeMetrics } from '../metrics/types.js';
import type { Initiative } from '../model/initiative.js';
import type { Ladder } from '../model/ladder.js';
import type { InitiativeRowDto } from './governance-service.js';

export function toRowDto(
  initiative: Initiative,
  metrics: InitiativeMetrics,
  ladder: Ladder,
): InitiativeRowDto {
  return {
    ...metrics,
    flags: metrics.flags.map((f) => ({ ...f })),
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
