import { registerCell, seriesCell } from '../codec/sheet-cells.js';
import type { Finding, SettingsEdit } from '../model/finding.js';
import type { Register } from '../model/register.js';
import { SHEETS } from '../model/sheets.js';
import { recordedLevels } from '../seal/recorded-levels.js';
import { lastRecordedSettings } from '../seal/recorded-settings.js';
import { SEALED_FIELDS } from '../seal/sealed-values.js';
import { auditRowOf, type SheetRows } from '../seal/sheet-rows.js';
import { verifyAudit, type VerificationResult } from '../seal/verify.js';
import { loadRegister, type LoadedRegister } from './load-register.js';
import { settingsEdits } from './settings-edits.js';
import type { UseCaseDeps } from './use-case-deps.js';

export interface RegisterVerification extends VerificationResult {
  hasRegister: boolean;
  /** Everything found, each at its sheet and cell; `ok` is true only when there is none. */
  findings: Finding[];
  /** Hand edits of PG Settings since PG Audit recorded them last. */
  settingsEdits: SettingsEdit[];
}

/**
 * Verify the register against its audit chain, not only the chain: the hash chain; closed
 * initiatives against their seals; every DoI and State reached by a recorded event; every
 * initiative PG Audit governed still in PG Register; PG Settings against the settings recorded
 * last, and against the governance invariants; and every PG sheet cell PlanGate cannot read (a
 * missing or repeated ID among them). Reads only. Messages name the rows and cells as the
 * sheets show them, blank rows typed by hand included.
 */
export async function verify(
  deps: UseCaseDeps,
): Promise<{ register: Register; result: RegisterVerification }> {
  const loaded = await loadRegister(deps);
  const rows: SheetRows = { register: loaded.rowOf, audit: loaded.auditEventRows };
  const audit = verifyAudit(loaded.register, rows);
  if (!loaded.hasRegister) {
    const findings: Finding[] = [
      {
        kind: 'no register',
        sheet: SHEETS.register,
        cell: null,
        message:
          'This workbook has no PG Register, so there is nothing PlanGate can vouch for: convert a plan into a register first.',
      },
    ];
    return {
      register: loaded.register,
      result: { ...audit, ok: false, hasRegister: false, findings, settingsEdits: [] },
    };
  }
  const edits = settingsFindings(loaded);
  const findings = [
    ...chainFindings(audit),
    ...sealFindings(loaded, audit),
    ...levelFindings(loaded, audit),
    ...missingFindings(loaded, rows),
    ...edits.findings,
    ...problemFindings(loaded),
  ];
  return {
    register: loaded.register,
    result: { ...audit, ok: findings.length === 0, hasRegister: true, findings, settingsEdits: edits.edits },
  };
}

function chainFindings(audit: VerificationResult): Finding[] {
  const broken = audit.firstBroken;
  if (!broken) return [];
  return [
    {
      kind: 'chain broken',
      sheet: SHEETS.audit,
      cell: `A${broken.row}:J${broken.row}`,
      ...(broken.initiative ? { id: broken.initiative } : {}),
      message: broken.message,
    },
  ];
}

const REGISTER_FIELDS: readonly string[] = [
  SEALED_FIELDS.target,
  SEALED_FIELDS.confirmedValue,
  SEALED_FIELDS.evidence,
  SEALED_FIELDS.confirmedBy,
  SEALED_FIELDS.confirmedAt,
  SEALED_FIELDS.owner,
  SEALED_FIELDS.controller,
  SEALED_FIELDS.state,
];

function sealFindings(loaded: LoadedRegister, audit: VerificationResult): Finding[] {
  const { grids } = loaded.read;
  const granularity = loaded.register.settings.granularity;
  const findings: Finding[] = [];
  for (const modified of audit.modifiedAfterSignOff) {
    for (const difference of modified.differences) {
      const onRegister = REGISTER_FIELDS.includes(difference.field);
      const sheet = onRegister ? SHEETS.register : difference.field === 'Plan' ? SHEETS.plan : SHEETS.actual;
      const grid = grids[sheet] ?? [];
      const cell = onRegister
        ? registerCell(grid, loaded.rowOf.get(modified.id), difference.field)
        : seriesCell(grid, modified.id, difference.period ?? '', granularity);
      const what = difference.period ? `${difference.field} ${difference.period}` : difference.field;
      findings.push({
        kind: 'changed after sign-off',
        sheet,
        cell,
        id: modified.id,
        message: `${what}: ${modified.message}`,
      });
    }
  }
  return findings;
}

function levelFindings(loaded: LoadedRegister, audit: VerificationResult): Finding[] {
  const grid = loaded.read.grids[SHEETS.register] ?? [];
  const findings: Finding[] = [];
  for (const level of audit.levelsWithoutAudit) {
    const row = loaded.rowOf.get(level.id);
    const columns = [
      ...(level.doi !== level.recordedDoi ? ['DoI'] : []),
      ...(level.state !== level.recordedState ? ['State'] : []),
    ];
    for (const column of columns)
      findings.push({
        kind: 'level not recorded',
        sheet: SHEETS.register,
        cell: registerCell(grid, row, column),
        id: level.id,
        message: level.message,
      });
  }
  return findings;
}

/** Initiatives PG Audit governed (moved, closed, held, cancelled) that PG Register no longer has. */
function missingFindings(loaded: LoadedRegister, rows: SheetRows): Finding[] {
  const present = new Set(loaded.register.initiatives.map((i) => i.id.trim().toLowerCase()));
  const findings: Finding[] = [];
  for (const [id, recorded] of recordedLevels(loaded.register)) {
    if (present.has(id.trim().toLowerCase())) continue;
    if (recorded.level === 0 && recorded.state === 'active') continue;
    const event = recorded.index === null ? null : loaded.register.audit[recorded.index];
    const where = recorded.index === null ? '' : ` (PG Audit row ${auditRowOf(rows, recorded.index)})`;
    const what =
      recorded.state === 'closed'
        ? `was signed off${event ? ` by ${event.actor} on ${event.time.slice(0, 10)}` : ''}${where}`
        : `is at DoI ${recorded.level}, ${recorded.state}, by PG Audit${where}`;
    findings.push({
      kind: 'closed initiative missing',
      sheet: SHEETS.register,
      cell: null,
      id,
      message: `${id} ${what}, but PG Register has no row for it: restore its row from version history or a backup.`,
    });
  }
  return findings;
}

function settingsFindings(loaded: LoadedRegister): { findings: Finding[]; edits: SettingsEdit[] } {
  const sheet = SHEETS.settings;
  const grid = loaded.read.grids[sheet] ?? [];
  const findings: Finding[] = [];
  const recorded = lastRecordedSettings(loaded.register.audit);
  if (recorded === null) {
    findings.push({
      kind: 'settings not recorded',
      sheet,
      cell: null,
      message:
        'PG Audit records no settings: this register was made before PlanGate recorded PG Settings, so a hand edit of them cannot be told apart. The next action that writes to PG Audit (a move, a sign-off, saving Settings, an import) records them as they are then: check PG Settings first.',
    });
    return { findings, edits: [] };
  }
  const { edits, repeated } = settingsEdits(recorded, loaded.register.settings, grid);
  const row = auditRowOf({ audit: loaded.auditEventRows }, recorded.index);
  const shown = (value: string | null): string => (value === null ? 'no row' : `"${value}"`);
  for (const edit of edits)
    findings.push({
      kind: 'settings edited by hand',
      sheet,
      cell: edit.cell,
      message: `${edit.key} is ${shown(edit.new)}, but PG Audit recorded ${shown(edit.old)} (row ${row}): it was changed by hand. Set it back, or change it in Settings so the change is recorded.`,
    });
  for (const { key, cells } of repeated)
    findings.push({
      kind: 'settings edited by hand',
      sheet,
      cell: cells[cells.length - 1],
      message: `${key} is on ${cells.length} rows (${cells.join(', ')}): PlanGate reads the last one. Delete the others.`,
    });
  return { findings, edits };
}

/**
 * Cells of the PG sheets PlanGate cannot read, and PG Settings that do not work together — a
 * ladder that breaks the governance invariants among them (see `ladderProblems`).
 */
function problemFindings(loaded: LoadedRegister): Finding[] {
  const conflicts = new Set(loaded.settingsConflicts);
  return loaded.problems.map((p) => ({
    kind: conflicts.has(p) ? ('settings break governance' as const) : ('unreadable cell' as const),
    sheet: p.sheet,
    cell: p.cell,
    message: p.message,
  }));
}
