import { settingsChanges, settingsSnapshot } from '../codec/settings-snapshot.js';
import type { AuditEvent } from '../model/audit.js';
import type { Settings } from '../model/settings.js';
import type { Actor } from '../model/actor.js';
import { canonicalJson, type JsonValue } from '../seal/canonical-json.js';
import type { UnsealedEvent } from '../model/audit.js';
import { lastRecordedSettings } from '../seal/recorded-settings.js';

/**
 * The `settings` event that records `next` as PG Settings: the whole sheet as text per key and
 * every key that differs from the settings recorded last (old and new; on a register that has no
 * record yet, from `before`, the settings as read). `fields`: the settings
 * PlanGate itself changed (listed in the event's To, e.g. `currency, importMapping`). Null
 * when PG Audit already records exactly these settings.
 */
export function settingsEvent(
  audit: readonly AuditEvent[],
  before: Settings,
  next: Settings,
  fields: readonly string[],
  actor: Actor,
  now: string,
): UnsealedEvent | null {
  const recorded = lastRecordedSettings(audit);
  const snapshot = settingsSnapshot(next);
  const changes = settingsChanges(recorded?.settings ?? settingsSnapshot(before), snapshot);
  if (recorded !== null && changes.length === 0) return null;
  const changed: Record<string, JsonValue> = {};
  for (const change of changes) changed[change.key] = { old: change.old, new: change.new };
  return {
    time: now,
    actor: actor.name,
    identity: actor.kind,
    action: 'settings',
    initiative: '',
    from: '',
    to: fields.join(', '),
    payload: canonicalJson({
      changes: changed,
      settings: snapshot,
      ...(recorded === null ? { first: true } : {}),
    }),
  };
}
