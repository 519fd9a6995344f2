/**
 * What governance relies on whatever PG Settings say: the sign-off level is the ladder's last
 * level, only a controller moves an initiative into it, and it requires the controller's
 * sign-off. Settings that break one of these are refused when saved through PlanGate, and a
 * use case that reads them from a hand-edited PG Settings refuses to act (see
 * `core/usecases/settings-refusal.ts`). Who may sign off (never the owner, always a
 * controller) is checked on every sign-off, whatever the ladder's criteria say
 * (`planSignOff`).
 */
import type { Ladder } from '../model/ladder.js';
import { ladderLevel, topLevel } from './presets.js';

export interface InvariantBreach {
  /** The PG Settings key whose Value cell breaks it ("Sign-off level", "Level 5"). */
  key: string;
  message: string;
}

export function ladderInvariantBreaches(ladder: Ladder): InvariantBreach[] {
  const breaches: InvariantBreach[] = [];
  const top = topLevel(ladder);
  if (ladder.signOffLevel !== top) {
    breaches.push({
      key: 'Sign-off level',
      message: `Sign-off level is ${ladder.signOffLevel}, but the ladder's last level is ${top}: controller-backed closure must be the last level. Set Sign-off level back to ${top}.`,
    });
    return breaches;
  }
  const level = ladderLevel(ladder, ladder.signOffLevel);
  if (!level) return breaches;
  const others = level.movers.filter((role) => role !== 'controller');
  if (others.length > 0 || level.movers.length === 0) {
    breaches.push({
      key: `Level ${level.level}`,
      message: `Level ${level.level} is the sign-off level, so only a controller may move an initiative into it, but its movers are ${level.movers.join(', ') || 'none'}: set its movers to controller.`,
    });
  }
  if (!level.criteria.includes('signOff')) {
    breaches.push({
      key: `Level ${level.level}`,
      message: `Level ${level.level} is the sign-off level but does not require the controller's sign-off: add signOff to its criteria.`,
    });
  }
  return breaches;
}
