/**
 * Links events into the `PG Audit` hash chain: each event's `prevHash` is the hash of the
 * event before it (64 zeros for the first), and its `hash` is SHA-256 of its canonical text.
 */
import type { AuditEvent, UnsealedEvent } from '../model/audit.js';
import { GENESIS_HASH } from '../model/audit.js';
import { canonicalEvent } from './canonical.js';
import { sha256Hex } from './sha256.js';

export function eventHash(event: Omit<AuditEvent, 'hash'>): string {
  return sha256Hex(canonicalEvent(event));
}

/** Seals `events` to follow the event whose hash is `previousHash` (the last row of PG Audit). */
export function sealEvents(previousHash: string, events: readonly UnsealedEvent[]): AuditEvent[] {
  const sealed: AuditEvent[] = [];
  let prevHash = previousHash;
  for (const event of events) {
    const linked = { ...event, prevHash };
    const hash = eventHash(linked);
    sealed.push({ ...linked, hash });
    prevHash = hash;
  }
  return sealed;
}

/** The hash the next event must link to: the last event's, or the genesis hash. */
export function chainHead(audit: readonly AuditEvent[]): string {
  return audit.length === 0 ? GENESIS_HASH : audit[audit.length - 1].hash;
}
