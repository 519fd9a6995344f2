import { describe, expect, it } from 'vitest';
import { encodeRegisterSheet } from '../../core/codec/encode-register-sheet.js';
import { registerBuilder } from '../support/register-builder.js';
import { scalePlan } from './scale-plan.js';

describe('the Excel scale register', () => {
  it('has exactly the PG Register columns the codec writes, with the kinds it writes them in', () => {
    const codec = encodeRegisterSheet(registerBuilder().initiative('A').build(), null);
    const scale = scalePlan(3, false).sheets[0];
    expect(scale.rows[0]).toEqual(codec.rows[0]);
    expect(scale.layout?.columns.map((c) => c.kind)).toEqual(codec.layout?.columns.map((c) => c.kind));
    expect(scale.layout?.columns.map((c) => c.computed === true)).toEqual(
      codec.layout?.columns.map((c) => c.computed === true),
    );
  });

  it('fills every column of every row, so the measured payload is a full register', () => {
    const rows = scalePlan(4, false).sheets[0].rows;
    expect(rows).toHaveLength(5);
    for (const row of rows) expect(row).toHaveLength(rows[0].length);
    expect(rows[2][0]).toBe('INIT-000001');
  });
});
