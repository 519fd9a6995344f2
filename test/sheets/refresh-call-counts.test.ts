import { beforeAll, describe, expect, it } from 'vitest';
import { FakeAppsScript } from '../fakes/sheets/fake-apps-script.js';
import { seedRegister, syntheticRegister } from './support/seed-register.js';
import { builtServerCode, loadServer } from './support/server-sandbox.js';

let code = '';
beforeAll(async () => {
  code = await builtServerCode();
});

async function refreshCounts(initiatives: number) {
  const gas = new FakeAppsScript({ user: 'pat.pmo@example.com' });
  await seedRegister(gas, syntheticRegister(initiatives));
  const register = loadServer(code, gas).refresh();
  return {
    rows: register.rows.length,
    reads: gas.log.rangeReads,
    writes: gas.log.rangeWrites,
    setValues: gas.log.count('Range.setValues'),
    total: gas.log.total,
    calls: gas.log.snapshot(),
  };
}

describe('refresh through Code.js makes a fixed number of range reads and writes', () => {
  it('the same for 100 and for 5,000 initiatives', async () => {
    const small = await refreshCounts(100);
    const large = await refreshCounts(5000);
    expect(small.rows).toBe(100);
    expect(large.rows).toBe(5000);
    expect(large.reads).toBe(small.reads);
    expect(large.writes).toBe(small.writes);
    expect(large.setValues).toBe(small.setValues);
    // Sizing the sheet for 5,000 rows adds one insertRowsAfter per grown sheet, nothing per row.
    expect(large.total - small.total).toBeLessThanOrEqual(4);
    console.log(`refresh call counts: 100 → ${JSON.stringify(small)}\n5000 → ${JSON.stringify(large)}`);
  });
});
