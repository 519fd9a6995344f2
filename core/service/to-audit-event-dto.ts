import type { AuditEvent } from '../model/audit.js';
import { parsePayload } from '../seal/canonical-json.js';
import type { AuditEventDto } from '../contract/governance-service.js';

/** One line for the history list: "move 2 → 3", "sign-off: confirmed 118000, evidence …", with the reason when given. */
function summary(event: AuditEvent): string {
  const payload = parsePayload(event.payload);
  const reason =
    typeof payload?.reason === 'string' && payload.reason.trim() !== '' ? ` — ${payload.reason.trim()}` : '';
  if (event.action === 'sign-off') {
    const value = payload?.confirmedValue;
    const evidence = typeof payload?.evidence === 'string' ? `, evidence: ${payload.evidence}` : '';
    return `Signed off by ${event.actor}${typeof value === 'number' ? `, confirmed value ${value}` : ''}${evidence}`;
  }
  const change = event.from !== '' || event.to !== '' ? ` ${event.from} → ${event.to}` : '';
  return `${event.action}${change} by ${event.actor}${reason}`;
}

/** `index` is the event's position in PG Audit (row = index + 2). */
export function toAuditEventDto(event: AuditEvent, index: number): AuditEventDto {
  return {
    row: index + 2,
    time: event.time,
    actor: event.actor,
    identity: event.identity,
    action: event.action,
    from: event.from,
    to: event.to,
    summary: summary(event),
  };
}
