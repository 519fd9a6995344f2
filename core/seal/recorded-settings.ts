/**
 * The PG Settings as PlanGate last recorded them in `PG Audit`: every `settings` event carries
 * the whole of PG Settings as text per key (`payload.settings`) and what changed
 * (`payload.changes`: key → old and new), sealed in the hash chain like every other event.
 */
import type { AuditEvent } from '../model/audit.js';
import { parsePayload } from './canonical-json.js';

export interface RecordedSettings {
  /** 0-based index in `register.audit` of the event that recorded them. */
  index: number;
  settings: Record<string, string>;
}

export function lastRecordedSettings(audit: readonly AuditEvent[]): RecordedSettings | null {
  for (let index = audit.length - 1; index >= 0; index--) {
    const event = audit[index];
    if (event.action !== 'settings') continue;
    const recorded = parsePayload(event.payload)?.settings;
    if (recorded === null || typeof recorded !== 'object' || Array.isArray(recorded)) continue;
    const settings: Record<string, string> = {};
    for (const [key, value] of Object.entries(recorded))
      settings[key] = typeof value === 'string' ? value : '';
    return { index, settings };
  }
  return null;
}
