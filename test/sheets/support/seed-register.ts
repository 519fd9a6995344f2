import { encodeRegister } from '../../../core/codec/index.js';
import type { Register } from '../../../core/model/register.js';
import { SheetsWorkbook } from '../../../sheets-addon/server/sheets-workbook.js';
import type { FakeAppsScript } from '../../fakes/sheets/fake-apps-script.js';
import { registerBuilder } from '../../support/index.js';

/** A register of `count` initiatives over 12 months, with plan, forecast and actuals to date. */
export function syntheticRegister(count: number): Register {
  const builder = registerBuilder();
  const programs = ['Demand generation', 'Partner marketing', 'Customer marketing'];
  for (let i = 0; i < count; i++) {
    const base = 1000 + (i % 17) * 250;
    builder.initiative(`INI-${String(i + 1).padStart(5, '0')}`, {
      name: `Campaign ${i + 1}`,
      program: programs[i % programs.length] ?? '',
      doi: i % 5,
      kpi: 'Pipeline',
      target: base * 12,
      start: '2027-01-01',
      due: '2027-12-31',
      implementationStatus: i % 7 === 0 ? 'green' : 'amber',
      plan: Array.from({ length: 12 }, () => base),
      actual: [base * 0.9, base * 1.1, i % 3 === 0 ? null : base * 0.5],
      keys: [`CRM-${i + 1}`],
    });
  }
  return builder.build();
}

/** Writes `register` as PG sheets into the fake spreadsheet (as a conversion would), then zeroes the call log. */
export async function seedRegister(gas: FakeAppsScript, register: Register): Promise<void> {
  await new SheetsWorkbook(gas.globals).write({ sheets: encodeRegister(register, null) });
  gas.log.reset();
}
