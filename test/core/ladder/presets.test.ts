import { describe, expect, it } from 'vitest';
import {
  LADDER_PRESETS,
  isLadderPreset,
  ladderLevel,
  levelLabel,
  levelWeight,
  presetLadder,
  topLevel,
} from '../../../core/ladder/presets.js';

describe('presetLadder', () => {
  it('Standard matches the product table', () => {
    const ladder = presetLadder('standard');
    expect(ladder.levels.map((l) => `${l.level} ${l.name}`)).toEqual([
      '0 Defined',
      '1 Identified',
      '2 Detailed',
      '3 Decided',
      '4 Implemented',
      '5 Closed',
    ]);
    expect(ladder.levels.map((l) => l.weight)).toEqual([0, 0.1, 0.25, 0.5, 0.8, 1]);
    expect(ladder.freezeLevel).toBe(3);
    expect(ladder.signOffLevel).toBe(5);
    expect(ladder.levels[1].criteria).toEqual(['owner', 'sponsor', 'controller', 'kpi', 'target']);
    expect(ladder.levels[2].criteria).toEqual(['plan', 'dates']);
    expect(ladder.levels[3].movers).toEqual(['sponsor', 'pmo']);
    expect(ladder.levels[5].movers).toEqual(['controller']);
    expect(ladder.levels[5].criteria).toEqual(['signOff']);
  });

  it('L0–L5 and DoI 0–6 have the named levels, freeze and sign-off', () => {
    const l = presetLadder('l0-l5');
    expect(l.levels.map((x) => x.name)).toEqual([
      'Idea',
      'Identified',
      'Validated',
      'Planned',
      'Executed',
      'Realized',
    ]);
    expect([l.freezeLevel, l.signOffLevel]).toEqual([3, 5]);
    const d = presetLadder('doi0-6');
    expect(d.levels.map((x) => x.name)).toEqual([
      'Idea',
      'Identified',
      'Detailed',
      'Approved',
      'Started',
      'Effective',
      'Completed',
    ]);
    expect([d.freezeLevel, d.signOffLevel]).toEqual([3, 6]);
  });

  it.each(LADDER_PRESETS)('%s: levels 0..n, weights rising from 0 to 1, sign-off by controller', (preset) => {
    const ladder = presetLadder(preset);
    ladder.levels.forEach((l, i) => expect(l.level).toBe(i));
    const weights = ladder.levels.map((l) => l.weight);
    expect(weights[0]).toBe(0);
    expect(weights.at(-1)).toBe(1);
    for (let i = 1; i < weights.length; i++) expect(weights[i]).toBeGreaterThan(weights[i - 1]);
    expect(ladderLevel(ladder, ladder.signOffLevel)!.criteria).toContain('signOff');
    expect(ladderLevel(ladder, ladder.freezeLevel)!.criteria).toContain('decision');
    expect(ladder.signOffLevel).toBe(topLevel(ladder));
    // every criterion except the closure appears below sign-off, so a closure implies all gates passed
    const below = ladder.levels.filter((l) => l.level < ladder.signOffLevel).flatMap((l) => l.criteria);
    for (const c of ['title', 'owner', 'sponsor', 'controller', 'kpi', 'target', 'plan', 'dates', 'decision'])
      expect(below).toContain(c);
  });

  it('returns independent copies', () => {
    const a = presetLadder('standard');
    a.levels[1].criteria.push('plan');
    a.levels[0].weight = 0.3;
    const b = presetLadder('standard');
    expect(b.levels[1].criteria).not.toContain('plan');
    expect(b.levels[0].weight).toBe(0);
  });
});

describe('level helpers', () => {
  const ladder = presetLadder('standard');
  it('find, label and weigh levels', () => {
    expect(ladderLevel(ladder, 3)?.name).toBe('Decided');
    expect(ladderLevel(ladder, 9)).toBeUndefined();
    expect(levelLabel(ladder, 3)).toBe('3 Decided');
    expect(levelLabel(ladder, 9)).toBe('Level 9');
    expect(levelWeight(ladder, 4)).toBe(0.8);
    expect(levelWeight(ladder, -1)).toBe(0);
    expect(topLevel(presetLadder('doi0-6'))).toBe(6);
  });
  it('recognises preset names', () => {
    expect(isLadderPreset('l0-l5')).toBe(true);
    expect(isLadderPreset('custom')).toBe(false);
  });
});
