/**
 * One thing verification found wrong with a register, at the sheet and cell a person can open.
 * Any finding means the register is not intact.
 */
export const FINDING_KINDS = [
  'no register', // the workbook has no PG Register
  'chain broken', // a PG Audit row was changed, removed, inserted or moved
  'changed after sign-off', // a sealed value of a closed initiative differs from its seal
  'closed initiative missing', // PG Audit closed it, PG Register no longer has it
  'level not recorded', // a DoI or State no audit event reached
  'settings edited by hand', // PG Settings differ from the settings PG Audit records last
  'settings not recorded', // PG Audit records no settings at all
  'settings break governance', // PG Settings break an invariant (sign-off level, movers)
  'unreadable cell', // a PG sheet cell PlanGate cannot read: a missing or repeated ID, text in an amount…
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export interface Finding {
  kind: FindingKind;
  sheet: string;
  /** A1 address ("N14"), a row range ("A7:J7"), or null when the place no longer exists (a deleted row). */
  cell: string | null;
  /** The initiative concerned, when there is one. */
  id?: string;
  message: string;
}

/** A hand edit of PG Settings: a key's value as PG Audit last recorded it and as the sheet has it now. */
export interface SettingsEdit {
  key: string;
  /** null: the key was not recorded (a row added by hand). */
  old: string | null;
  /** null: the key's row is gone. */
  new: string | null;
  /** The key's Value cell, or null when its row is gone. */
  cell: string | null;
}
