/**
 * One row of `PG Audit`. `hash` = SHA-256 (lower-case hex) of the canonical serialisation of
 * every other field (see `core/seal/`); `prevHash` is the previous row's hash, or 64 zeros.
 */
export type IdentityKind = 'verified' | 'declared';

export const AUDIT_ACTIONS = [
  'create', // initiative added (import or by hand)
  'move', // DoI up or back (back requires a reason)
  'hold', // state -> on hold
  'resume', // on hold -> active
  'cancel', // state -> cancelled
  'sign-off', // controller-backed closure; payload seals the approved values
  'rebaseline', // approved new baseline after the plan freeze
  'import', // plan or actuals import summary
  'settings', // settings changed
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEvent {
  /** ISO timestamp, UTC, e.g. `2027-03-31T09:15:00.000Z`. */
  time: string;
  actor: string;
  identity: IdentityKind;
  action: AuditAction;
  /** Initiative ID, or '' for workbook-level events. */
  initiative: string;
  from: string;
  to: string;
  /** Canonical JSON text (sorted keys) of the action's details; gates and sign-offs include sealed values. */
  payload: string;
  prevHash: string;
  hash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

/** An audit event before it is linked into the chain: everything but its hashes. */
export type UnsealedEvent = Omit<AuditEvent, 'prevHash' | 'hash'>;
