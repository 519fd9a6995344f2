import { describe, expect, it } from 'vitest';
import { ladderProblems } from '../../../core/ladder/ladder-problems.js';
import { LADDER_PRESETS, presetLadder } from '../../../core/ladder/presets.js';
import type { Ladder } from '../../../core/model/ladder.js';

function edited(change: (ladder: Ladder) => void): Ladder {
  const ladder = presetLadder('standard');
  change(ladder);
  return ladder;
}

describe('ladderProblems', () => {
  it.each(LADDER_PRESETS)('accepts the %s preset', (preset) => {
    expect(ladderProblems(presetLadder(preset))).toEqual([]);
  });

  it('reports an empty ladder', () => {
    expect(ladderProblems({ preset: 'custom', levels: [], freezeLevel: 3, signOffLevel: 5 })).toEqual([
      'The ladder in PG Settings has no levels: type standard, l0-l5 or doi0-6 in Ladder preset, or add Level rows.',
    ]);
  });

  it('reports gaps, blank names, bad and falling weights, missing movers', () => {
    const ladder = edited((l) => {
      l.levels[2].name = ' ';
      l.levels[3].weight = 0.2;
      l.levels[4].weight = 1.5;
      l.levels[1].movers = [];
      l.levels.splice(0, 1);
    });
    expect(ladderProblems(ladder)).toEqual([
      'Ladder levels must be numbered 0, 1, 2… without gaps or repeats; PG Settings has 1, 2, 3, 4, 5: renumber the Level rows.',
      'Nobody may move an initiative into Level 1: name its movers in PG Settings.',
      'Level 2 in PG Settings has no name: give it one.',
      'Level 3 weighs 0.2, less than level 2 (0.25): weights must not fall as an initiative moves up.',
      'Level 4 weight 1.5 is not between 0 and 1: enter a weight such as 0.5.',
      'Level 5 weighs 1, less than level 4 (1.5): weights must not fall as an initiative moves up.',
    ]);
  });

  it('insists on a controller-only sign-off at the top, after the freeze', () => {
    expect(
      ladderProblems(
        edited((l) => {
          l.levels[5].movers = ['controller', 'owner'];
          l.levels[5].criteria = [];
        }),
      ),
    ).toEqual([
      "Level 5 is the sign-off level but does not require the controller's sign-off: add signOff to its criteria.",
      'Only a controller may sign off (Level 5); remove owner from its movers in PG Settings.',
    ]);
    expect(ladderProblems(edited((l) => (l.signOffLevel = 4)))).toEqual([
      'Level 5 requires a sign-off, but the sign-off level is 4: move the criterion or change Sign-off level.',
      "Sign-off must be the top level (5), not 4: nothing can follow the controller's closure.",
      "Level 4 is the sign-off level but does not require the controller's sign-off: add signOff to its criteria.",
      'Only a controller may sign off (Level 4); remove owner, pmo from its movers in PG Settings.',
    ]);
    expect(ladderProblems(edited((l) => (l.freezeLevel = 5)))).toEqual([
      'The plan must freeze (level 5) before sign-off (level 5): lower Plan freeze level.',
    ]);
    expect(ladderProblems(edited((l) => (l.freezeLevel = 9)))).toEqual([
      'Plan freeze level 9 is not a level of the ladder: pick one from 0 to 5.',
    ]);
  });
});
