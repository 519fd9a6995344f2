import { encodeAuditAppend } from '../codec/audit-sheet.js';
import { encodeRegisterSheet } from '../codec/encode-register-sheet.js';
import { encodePortfolioSheet } from '../codec/portfolio-sheet.js';
import type { RegisterMetrics } from '../metrics/compute-metrics.js';
import type { Initiative } from '../model/initiative.js';
import type { Register } from '../model/register.js';
import { SHEETS } from '../model/sheets.js';
import type { SheetWrite } from '../contract/workbook-port.js';
import { chainHead, sealEvents } from '../seal/chain.js';
import { type UnsealedEvent } from '../model/audit.js';
import { lastRecordedSettings } from '../seal/recorded-settings.js';
import type { LoadedRegister } from './load-register.js';
import { settingsEvent } from './settings-event.js';
import { registerMetrics } from './register-metrics.js';
import { describeWrites } from './describe-writes.js';
import type { UseCaseDeps } from './use-case-deps.js';

export interface Change {
  /** Changed initiatives (matched by ID); their PG Register rows are rewritten. */
  initiatives?: Initiative[];
  /** Audit events to seal onto the chain and append. */
  events: UnsealedEvent[];
  /** Further sheets to write in the same call (settings, snapshots…). */
  extraWrites?: (register: Register) => SheetWrite[];
  /** A register to start from instead of the loaded one (e.g. settings changed). */
  register?: Register;
  /** Rewrite every readable row (a ladder change relabels DoI cells). */
  rewriteAll?: boolean;
  /** Further IDs whose rows are rewritten from `register` (an import updated them). */
  rewriteIds?: readonly string[];
}

export interface Committed {
  register: Register;
  metrics: RegisterMetrics;
  wrote: string[];
}

/**
 * A register made before PlanGate recorded its settings gets them recorded, as they are, by the
 * first action that writes an event (that event's actor records them): from then on verification
 * names every hand edit of PG Settings.
 */
function withSettingsRecord(loaded: LoadedRegister, events: UnsealedEvent[]): UnsealedEvent[] {
  const first = events[0];
  if (first === undefined || events.some((e) => e.action === 'settings')) return events;
  if (lastRecordedSettings(loaded.register.audit) !== null) return events;
  const actor = { name: first.actor, kind: first.identity };
  const record = settingsEvent(
    loaded.register.audit,
    loaded.register.settings,
    loaded.register.settings,
    [],
    actor,
    first.time,
  );
  return record ? [record, ...events] : events;
}

/**
 * The one write of an action: audit events appended first (refused by the port if someone
 * appended meanwhile, so nothing else is written), then PG Register patched, then PG Portfolio.
 */
export async function commitChange(
  deps: UseCaseDeps,
  loaded: LoadedRegister,
  change: Change,
): Promise<Committed> {
  const start = change.register ?? loaded.register;
  const changed = new Map((change.initiatives ?? []).map((i) => [i.id, i]));
  const sealed = sealEvents(chainHead(start.audit), withSettingsRecord(loaded, change.events));
  const register: Register = {
    ...start,
    initiatives: start.initiatives.map((i) => changed.get(i.id) ?? i),
    audit: [...start.audit, ...sealed],
  };
  const metrics = registerMetrics(register);
  const rewrite = change.rewriteAll
    ? new Set(register.initiatives.map((i) => i.id).filter((id) => !loaded.problemIds.has(id)))
    : new Set([...changed.keys(), ...(change.rewriteIds ?? [])]);
  const sheets: SheetWrite[] = [];
  if (sealed.length > 0) sheets.push(encodeAuditAppend(sealed, loaded.auditRows));
  sheets.push(...(change.extraWrites?.(register) ?? []));
  sheets.push(
    encodeRegisterSheet(register, metrics.initiatives, {
      grid: loaded.read.grids[SHEETS.register] ?? [],
      rewrite,
    }),
    encodePortfolioSheet(metrics.portfolio),
  );
  await deps.port.write({ sheets });
  return { register, metrics, wrote: describeWrites(sheets) };
}
