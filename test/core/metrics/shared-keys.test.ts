import { describe, expect, it } from 'vitest';
import { sharedKeys } from '../../../core/metrics/flags/shared-keys.js';
import { initiative } from './builders.js';

function groupsOf(keyLists: string[][], included = keyLists.map(() => 1)) {
  const initiatives = keyLists.map((keys, i) => initiative(`I${i}`, { keys }));
  return sharedKeys(initiatives, Uint8Array.from(included)).map((g) => [g.key, g.members]);
}

describe('keys shared between initiatives', () => {
  it('matches keys case-insensitively and trimmed, keeping the first spelling', () => {
    expect(groupsOf([['CRM-7'], [' crm-7 '], ['Crm-7\t'], ['CRM-8']])).toEqual([['CRM-7', [0, 1, 2]]]);
  });

  it('matches keys with accents and other non-ASCII letters by their lower case', () => {
    expect(groupsOf([['Ärger-1'], ['ärger-1'], ['ÄRGER-1 '], ['Ärger-2']])).toEqual([['Ärger-1', [0, 1, 2]]]);
  });

  it('ignores blank keys, keys repeated within one initiative, and excluded initiatives', () => {
    expect(groupsOf([['', '  '], ['', 'A', 'a'], ['b'], ['B']], [1, 1, 1, 0])).toEqual([]);
  });

  it('finds every shared key among many unique ones', () => {
    const lists = Array.from({ length: 5000 }, (_, i) => [`KEY-${i}`, i % 1000 === 0 ? 'SHARED' : `X${i}`]);
    const groups = groupsOf(lists);
    expect(groups).toEqual([['SHARED', [0, 1000, 2000, 3000, 4000]]]);
  });
});
