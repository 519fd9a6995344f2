import type { Register } from '../../core/model/register.js';
import { registerBuilder } from './register-builder.js';
import { standardSettings } from './standard-settings.js';

/** The people of the journey. */
export const PEOPLE = {
  owner: 'Olivia Owner',
  sponsor: 'Sam Sponsor',
  controller: 'Cora Controller',
  pmo: 'Pat PMO',
} as const;

/**
 * A small, realistic register: a spring campaign ready to pass every gate (people, KPI, target,
 * plan phasing, dates) and two neighbours so the portfolio is not a single row.
 */
export function journeyRegister(): Register {
  return registerBuilder(standardSettings({ asOf: '2027-06-30', target: 500_000 }))
    .periods('2027-01', 12)
    .initiative('CAMP-01', {
      name: 'Spring campaign DACH',
      program: 'Brand',
      owner: PEOPLE.owner,
      sponsor: PEOPLE.sponsor,
      controller: PEOPLE.controller,
      impactType: 'revenue',
      kpi: 'Won revenue',
      unit: 'EUR',
      target: 120_000,
      start: '2027-01-01',
      due: '2027-06-30',
      implementationStatus: 'green',
      keys: ['SF-CAMP-0001'],
      plan: [10_000, 20_000, 30_000, 30_000, 20_000, 10_000],
      actual: [9_000, 21_000, 28_000, 30_000, 19_500, 10_500],
    })
    .initiative('CAMP-02', {
      name: 'Partner webinars',
      program: 'Demand',
      kpi: 'Pipeline',
      target: 80_000,
      doi: 2,
      start: '2027-03-01',
      due: '2027-12-31',
      implementationStatus: 'green',
      plan: [null, null, 5_000, 5_000, 10_000, 10_000, 10_000, 10_000, 10_000, 10_000, 5_000, 5_000],
      actual: [null, null, 1_000, 1_500, 2_000, 2_000],
    })
    .initiative('CAMP-03', { name: 'Trade fair follow-up', program: 'Demand', doi: 0 })
    .build();
}
