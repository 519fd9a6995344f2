/**
 * Verification of `PG Audit`: recompute the hash chain and compare every closed initiative
 * with its latest sign-off seal. Tamper-evident, not tamper-proof: someone who rewrites the
 * whole chain from a point on can make it consistent again; a copy kept elsewhere (a
 * snapshot, a backup, the version history) is what proves that.
 */
import { GENESIS_HASH } from '../model/audit.js';
import type { Register } from '../model/register.js';
import { eventHash } from './chain.js';
import { levelsWithoutAudit, recordedLevels, type LevelWithoutAudit } from './recorded-levels.js';
import { compareWithSeal, latestSignOffs, type SealDifference } from './sealed-values.js';
import { auditRowOf, type SheetRows } from './sheet-rows.js';

export interface BrokenLink {
  /** 0-based index in `register.audit`. */
  index: number;
  /** 1-based PG Audit row, as the sheet shows it (the header is row 1). */
  row: number;
  time: string;
  action: string;
  initiative: string;
  message: string;
}

export interface ModifiedAfterSignOff {
  id: string;
  name: string;
  fields: string[];
  /** Each sealed value that differs (series values by period), so callers can name the cells. */
  differences: SealDifference[];
  message: string;
}

export interface VerificationResult {
  /** The chain is intact and no closed initiative differs from its seal. */
  ok: boolean;
  checkedEvents: number;
  firstBroken: BrokenLink | null;
  modifiedAfterSignOff: ModifiedAfterSignOff[];
  /**
   * DoI or state typed into PG Register by hand (not what PG Audit records). Reported
   * alongside, not counted in `ok`: registers made before PlanGate recorded moves have them.
   */
  levelsWithoutAudit: LevelWithoutAudit[];
}

export const TAMPER_NOTICE =
  'The audit trail is tamper-evident, not tamper-proof: it shows that sealed values or audit rows were changed, ' +
  'but cannot stop anyone with edit rights from changing them. Keep a copy (snapshot or version history) as proof.';

function findFirstBroken(register: Register, rows: SheetRows): BrokenLink | null {
  const audit = register.audit;
  for (let index = 0; index < audit.length; index++) {
    const event = audit[index];
    const row = auditRowOf(rows, index);
    const expectedPrev = index === 0 ? GENESIS_HASH : audit[index - 1].hash;
    let message: string | null = null;
    if (event.prevHash !== expectedPrev) {
      message =
        index === 0
          ? `PG Audit row ${row} does not start the chain (its Prev hash should be 64 zeros): rows above it were removed or it was edited. Restore PG Audit from version history or a backup.`
          : `PG Audit row ${row} does not follow row ${auditRowOf(rows, index - 1)} (its Prev hash differs from row ${auditRowOf(rows, index - 1)}'s Hash): a row was removed, inserted or rewritten here. Restore PG Audit from version history or a backup.`;
    } else if (eventHash(event) !== event.hash) {
      message = `PG Audit row ${row} was changed after it was written: its Hash does not match its contents. Restore the row from version history or a backup; events after it cannot be trusted until then.`;
    }
    if (message !== null) {
      return { index, row, time: event.time, action: event.action, initiative: event.initiative, message };
    }
  }
  return null;
}

/**
 * Closed initiatives compared with their seals: closed in PG Register, or closed by PG Audit
 * (a State typed back to active after sign-off does not take an initiative out of the check).
 */
function findModified(register: Register, rows: SheetRows): ModifiedAfterSignOff[] {
  const seals = latestSignOffs(register.audit);
  const recorded = recordedLevels(register);
  const modified: ModifiedAfterSignOff[] = [];
  for (const initiative of register.initiatives) {
    if (initiative.state !== 'closed' && recorded.get(initiative.id)?.state !== 'closed') continue;
    const label = initiative.name ? `${initiative.id} ${initiative.name}` : initiative.id;
    const seal = seals.get(initiative.id);
    if (!seal) {
      modified.push({
        id: initiative.id,
        name: initiative.name,
        fields: ['State'],
        differences: [{ field: 'State' }],
        message: `${label} is closed, but PG Audit holds no sign-off for it: nobody confirmed its value. Set State back to active and ask the controller to sign it off.`,
      });
      continue;
    }
    const { fields, details, differences } = compareWithSeal(initiative, seal, register.periods);
    if (fields.length === 0) continue;
    const by = seal.event.actor || 'the controller';
    modified.push({
      id: initiative.id,
      name: initiative.name,
      fields,
      differences,
      message: `${label} changed after ${by} signed it off on ${seal.event.time.slice(0, 10)} (PG Audit row ${auditRowOf(rows, seal.index)}): ${details.join('; ')}. Restore the sealed values, or re-open it and have it signed off again.`,
    });
  }
  return modified;
}

/**
 * `rows`: where initiatives and events sit on PG Register and PG Audit (from the register
 * decoder), so every message names the row the user sees; without it, rows are counted as if
 * the sheets had no blank rows.
 */
export function verifyAudit(register: Register, rows: SheetRows = {}): VerificationResult {
  const firstBroken = findFirstBroken(register, rows);
  const modifiedAfterSignOff = findModified(register, rows);
  return {
    ok: firstBroken === null && modifiedAfterSignOff.length === 0,
    checkedEvents: register.audit.length,
    firstBroken,
    modifiedAfterSignOff,
    levelsWithoutAudit: levelsWithoutAudit(register, rows),
  };
}
