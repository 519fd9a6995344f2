import type { FlagRule } from './flag-rule.js';

/** `overlap`: found over the whole register first (see `overlapFlags`); this rule hands it out. */
export const overlap: FlagRule = {
  code: 'overlap',
  scope: 'kept',
  raise({ index, frame }) {
    return frame.overlaps.size === 0 ? null : (frame.overlaps.get(index) ?? null);
  },
};
