/** What a planned governance action produces: the changed initiative and its audit events, or refusals. */
import type { Initiative } from '../model/initiative.js';
import type { Register } from '../model/register.js';
import type { UnsealedEvent } from '../model/audit.js';

export type { UnsealedEvent } from '../model/audit.js';

export type MoveOutcome =
  | { ok: true; initiative: Initiative; events: UnsealedEvent[]; message: string }
  | { ok: false; problems: string[]; message: string };

export function refused(problems: string[]): MoveOutcome {
  return { ok: false, problems, message: problems.join(' ') };
}

/** The initiative with this ID (trimmed, case-insensitive), or a refusal naming the ID. */
export function findInitiative(register: Register, id: string): Initiative | string {
  const wanted = id.trim().toLowerCase();
  const found = register.initiatives.find((i) => i.id.trim().toLowerCase() === wanted);
  return (
    found ??
    `There is no initiative "${id.trim()}" in PG Register: check the ID, or refresh if it was added just now.`
  );
}

/** A copy whose series are new arrays, so the caller's register is never changed. */
export function copyInitiative(initiative: Initiative): Initiative {
  return {
    ...initiative,
    keys: [...initiative.keys],
    plan: initiative.plan.slice(),
    forecast: initiative.forecast.slice(),
    actual: initiative.actual.slice(),
    extra: { ...initiative.extra },
  };
}
