/**
 * The DoI level and state each initiative has according to `PG Audit`, replayed from its
 * events, and the initiatives whose `PG Register` row says otherwise — a DoI typed in by
 * hand skips every gate, so verification names it. An initiative without events starts at
 * level 0, active (a row added by hand at level 0 is fine).
 */
import type { AuditEvent } from '../model/audit.js';
import type { State } from '../model/initiative.js';
import type { Register } from '../model/register.js';
import { parsePayload } from './canonical-json.js';
import { auditRowOf, type SheetRows } from './sheet-rows.js';

export interface RecordedLevel {
  level: number;
  state: State;
  /** 0-based index in PG Audit of the last event that set it, or null when there is none. */
  index: number | null;
}

function levelOf(event: AuditEvent, payload: Record<string, unknown> | null): number | null {
  if (typeof payload?.toLevel === 'number' && Number.isInteger(payload.toLevel)) return payload.toLevel;
  const leading = /^\s*(\d+)\b/.exec(event.to);
  return leading ? Number(leading[1]) : null;
}

export function recordedLevels(register: Register): Map<string, RecordedLevel> {
  const recorded = new Map<string, RecordedLevel>();
  register.audit.forEach((event, index) => {
    if (event.initiative === '') return;
    const current = recorded.get(event.initiative) ?? { level: 0, state: 'active', index: null };
    const payload = parsePayload(event.payload);
    let next: RecordedLevel | null = null;
    switch (event.action) {
      case 'create':
        next = { level: 0, state: 'active', index };
        break;
      case 'move': {
        const level = levelOf(event, payload);
        if (level !== null)
          next = { level, state: payload?.reopen === true ? 'active' : current.state, index };
        break;
      }
      case 'sign-off': {
        const level = levelOf(event, payload);
        next = { level: level ?? register.settings.ladder.signOffLevel, state: 'closed', index };
        break;
      }
      case 'hold':
        next = { ...current, state: 'on hold', index };
        break;
      case 'resume':
        next = { ...current, state: 'active', index };
        break;
      case 'cancel':
        next = { ...current, state: 'cancelled', index };
        break;
      default:
        break;
    }
    if (next) recorded.set(event.initiative, next);
  });
  return recorded;
}

export interface LevelWithoutAudit {
  id: string;
  name: string;
  /** What PG Register says. */
  doi: number;
  state: State;
  /** What PG Audit records. */
  recordedDoi: number;
  recordedState: State;
  message: string;
}

/**
 * Initiatives whose DoI or state in PG Register differs from PG Audit (`rows`: where they and
 * the events sit on the sheets, so the message names the rows). Closed initiatives
 * without a sign-off are left to the sign-off check, which already names them.
 */
export function levelsWithoutAudit(register: Register, rows: SheetRows = {}): LevelWithoutAudit[] {
  const recorded = recordedLevels(register);
  const found: LevelWithoutAudit[] = [];
  register.initiatives.forEach((initiative) => {
    const r = recorded.get(initiative.id) ?? { level: 0, state: 'active' as State, index: null };
    if (initiative.state === 'closed' && r.state !== 'closed') return;
    if (initiative.doi === r.level && initiative.state === r.state) return;
    const label = initiative.name.trim() ? `${initiative.id} ${initiative.name.trim()}` : initiative.id;
    const row = rows.register?.get(initiative.id);
    const where = row === undefined ? 'in PG Register' : `on PG Register row ${row}`;
    const shown: string[] = [];
    const wanted: string[] = [];
    if (initiative.doi !== r.level) {
      shown.push(`DoI ${initiative.doi}`);
      wanted.push(`DoI ${r.level}`);
    }
    if (initiative.state !== r.state) {
      shown.push(`State ${initiative.state}`);
      wanted.push(`State ${r.state}`);
    }
    const audit =
      r.index === null
        ? `PG Audit records no move for it, so it should be at ${wanted.join(' and ')}`
        : `the last PG Audit event for it (row ${auditRowOf(rows, r.index)}) records ${wanted.join(' and ')}`;
    found.push({
      id: initiative.id,
      name: initiative.name,
      doi: initiative.doi,
      state: initiative.state,
      recordedDoi: r.level,
      recordedState: r.state,
      message: `${label} shows ${shown.join(' and ')} ${where}, but ${audit}: it was changed by hand, without passing the gates. Set it back to ${wanted.join(' and ')} and move it through the Initiative pane.`,
    });
  });
  return found;
}
