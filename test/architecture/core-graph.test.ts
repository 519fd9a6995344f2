import { describe, expect, it } from 'vitest';
import { coreGraph, findCycle, upwardArrows } from '../../scripts/core-graph.js';

describe("core's import graph", () => {
  const { files, folders } = coreGraph();

  it('reads the imports of every file of core', () => {
    expect(files.size).toBeGreaterThan(100);
    expect([...(files.get('service/create-governance-service.ts') ?? [])]).toContain(
      'contract/governance-service.ts',
    );
  });

  it('has no cycle between folders', () => {
    expect(findCycle(folders)).toBeNull();
  });

  it('has no cycle between files', () => {
    expect(findCycle(files)).toBeNull();
  });

  it('points every arrow between folders down a floor, or along one', () => {
    expect(upwardArrows(folders)).toEqual([]);
  });

  it('keeps the contract on the model alone', () => {
    expect([...(folders.get('model') ?? [])]).toEqual([]);
    expect([...(folders.get('contract') ?? [])]).toEqual(['model']);
  });

  it('finds a cycle and an upward arrow when there is one', () => {
    const cyclic = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
    ]);
    expect(findCycle(cyclic)).toEqual(['a', 'b', 'c', 'a']);
    expect(upwardArrows(new Map([['model', new Set(['service'])]]))).toEqual(['model → service']);
  });
});
