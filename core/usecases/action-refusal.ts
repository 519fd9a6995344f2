import type { ActionResultDto } from '../contract/governance-service.js';
import type { RegisterDecode } from '../codec/decode-register.js';

export function refusedResult(problems: string[], message = problems.join(' ')): ActionResultDto {
  return { ok: false, message, problems, wrote: [] };
}

/**
 * An action on an initiative whose PG Register row has unreadable cells would act on values
 * PlanGate could not read: refuse, naming each cell.
 */
export function unreadableRowRefusal(decoded: RegisterDecode, id: string): ActionResultDto | null {
  const match = [...decoded.problemIds].find((p) => p.toLowerCase() === id.trim().toLowerCase());
  if (match === undefined) return null;
  const row = decoded.rowOf.get(match);
  const cells = decoded.problems.filter(
    (p) => p.sheet === 'PG Register' && row !== undefined && p.cell.replace(/^[A-Z]+/, '') === String(row),
  );
  return refusedResult(
    cells.map((p) => `${p.sheet} ${p.cell}: ${p.message}`),
    `${match} has cells PlanGate cannot read; fix them on PG Register row ${row}, then try again.`,
  );
}
