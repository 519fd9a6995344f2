/**
 * The canonical serialisation of an audit event, the exact text its hash is taken of:
 *
 *   JSON.stringify([time, actor, identity, action, initiative, from, to, payload, prevHash])
 *
 * a JSON array of the nine fields as strings, in this fixed order, without whitespace, then
 * UTF-8 encoded. An array (not an object) keeps the order independent of key sorting, and
 * JSON string escaping makes the field boundaries unambiguous (no separator can be forged
 * inside a value). `payload` is included as its stored text, itself canonical JSON.
 */
import type { AuditEvent } from '../model/audit.js';

export type HashedFields = Omit<AuditEvent, 'hash'>;

export function canonicalEvent(event: HashedFields): string {
  return JSON.stringify([
    String(event.time),
    String(event.actor),
    String(event.identity),
    String(event.action),
    String(event.initiative),
    String(event.from),
    String(event.to),
    String(event.payload),
    String(event.prevHash),
  ]);
}
