import { checkGate } from '../ladder/gate-check.js';
import { moveAvailabilities } from '../ladder/move-availability.js';
import type { RegisterMetrics } from '../metrics/compute-metrics.js';
import type { Initiative } from '../model/initiative.js';
import type { Register } from '../model/register.js';
import { latestBaselines } from '../seal/sealed-values.js';
import type { IdentityDto, InitiativeDetailDto } from '../contract/governance-service.js';
import { toAuditEventDto } from './to-audit-event-dto.js';
import { toRowDto } from './to-row-dto.js';

const series = (values: Float64Array): (number | null)[] =>
  Array.from(values, (v) => (Number.isNaN(v) ? null : v));

export function toDetailDto(
  register: Register,
  metrics: RegisterMetrics,
  initiative: Initiative,
  actor: IdentityDto | null,
  /** PG Register rows by ID, so gate messages name the real row. */
  rowOf?: ReadonlyMap<string, number>,
  /** Why no move can be made at all (e.g. the row has unreadable cells), as the move would say. */
  blocked?: string,
): InitiativeDetailDto {
  const index = register.initiatives.indexOf(initiative);
  const { ladder } = register.settings;
  const top = Math.max(...ladder.levels.map((l) => l.level));
  const movable = initiative.state === 'active' || initiative.state === 'on hold';
  const baseline = latestBaselines(register).get(initiative.id);
  const who = actor ?? { name: '', kind: 'declared' as const };
  const moves = moveAvailabilities(register, initiative, who, rowOf, blocked);
  const gate =
    movable && initiative.doi < top ? checkGate(register, initiative, initiative.doi + 1, who, rowOf) : null;
  return {
    row: toRowDto(initiative, metrics.initiatives[index], ladder),
    fields: {
      impactType: initiative.impactType ?? '',
      kpi: initiative.kpi,
      unit: initiative.unit,
      baseline: initiative.baseline,
      target: initiative.target,
      start: initiative.start,
      due: initiative.due,
      nextGateDue: initiative.nextGateDue,
      lastReview: initiative.lastReview,
      reviewEveryDays: initiative.reviewEveryDays,
      keys: [...initiative.keys],
      confirmedBy: initiative.confirmedBy,
      confirmedAt: initiative.confirmedAt,
      evidence: initiative.evidence,
    },
    periods: [...register.periods],
    plan: series(initiative.plan),
    forecast: series(initiative.forecast),
    actual: series(initiative.actual),
    baseline: baseline ? series(baseline) : null,
    ladder: ladder.levels.map((l) => ({ level: l.level, name: l.name })),
    // The gate's answer is the move's: it also counts rules outside the checklist (sign-off only
    // through Sign off, unreadable cells), so the pane never offers a move the service refuses.
    nextGate: gate && { ...gate, ...moves.up },
    history: register.audit
      .map((event, i) => ({ event, i }))
      .filter(({ event }) => event.initiative.toLowerCase() === initiative.id.toLowerCase())
      .map(({ event, i }) => toAuditEventDto(event, i)),
    moves,
  };
}
