import { describe, expect, it } from 'vitest';
import { canonicalEvent } from '../../../core/seal/canonical.js';
import { canonicalJson, parsePayload } from '../../../core/seal/canonical-json.js';

describe('canonicalJson', () => {
  it('sorts keys at every depth and writes blanks as null', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: Number.NaN }, e: undefined })).toBe(
      '{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('is independent of insertion order', () => {
    expect(canonicalJson({ x: 1, y: 'two' })).toBe(canonicalJson({ y: 'two', x: 1 }));
  });

  it('parses payloads and shrugs off hand-edited text', () => {
    expect(parsePayload('{"a":1}')).toEqual({ a: 1 });
    expect(parsePayload('not json')).toBeNull();
    expect(parsePayload('[1]')).toBeNull();
    expect(parsePayload('')).toBeNull();
  });
});

describe('canonicalEvent', () => {
  it('is the nine fields in fixed order as a JSON array', () => {
    const text = canonicalEvent({
      time: '2027-03-31T09:15:00.000Z',
      actor: 'Carla "CC" Controller',
      identity: 'verified',
      action: 'sign-off',
      initiative: 'CAMP-07',
      from: '4 Implemented',
      to: '5 Closed',
      payload: '{"confirmedValue":1}',
      prevHash: '0'.repeat(64),
    });
    expect(text).toBe(
      `["2027-03-31T09:15:00.000Z","Carla \\"CC\\" Controller","verified","sign-off","CAMP-07","4 Implemented","5 Closed","{\\"confirmedValue\\":1}","${'0'.repeat(64)}"]`,
    );
  });

  it('cannot be forged by moving text between fields', () => {
    const base = {
      time: 't',
      identity: 'declared' as const,
      action: 'move' as const,
      initiative: 'A',
      to: '',
      payload: '{}',
      prevHash: '',
    };
    expect(canonicalEvent({ ...base, actor: 'a","b', from: '' })).not.toBe(
      canonicalEvent({ ...base, actor: 'a', from: 'b' }),
    );
  });
});
