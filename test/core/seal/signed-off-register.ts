import { encodeRegister } from '../../../core/codec/encode-register.js';
import type { Grid } from '../../../core/model/cell.js';
import { MemoryWorkbook } from '../../../core/port/memory-workbook.js';
import { createGovernanceService } from '../../../core/service/create-governance-service.js';
import { declaredIdentity } from '../../../core/port/declared-identity.js';
import { registerBuilder, standardSettings } from '../../support/index.js';

export const PEOPLE = {
  owner: 'Olivia Owner',
  sponsor: 'Sam Sponsor',
  controller: 'Cora Controller',
  pmo: 'Pat PMO',
} as const;

const READY = {
  owner: PEOPLE.owner,
  sponsor: PEOPLE.sponsor,
  controller: PEOPLE.controller,
  impactType: 'revenue',
  kpi: 'Won revenue',
  unit: 'EUR',
  start: '2027-01-01',
  due: '2027-06-30',
  implementationStatus: 'green',
} as const;

/**
 * A register built through the service: CAMP-01 signed off by its controller, CAMP-02 decided
 * (plan frozen), CAMP-03 put on hold, CAMP-04 identified; settings saved once; one snapshot.
 * Every PG sheet has content, and `verify` finds nothing.
 */
export async function signedOffRegister(): Promise<Record<string, Grid>> {
  const register = registerBuilder(standardSettings({ asOf: '2027-06-30', target: 500_000 }))
    .periods('2027-01', 6)
    .initiative('CAMP-01', {
      ...READY,
      name: 'Spring campaign DACH',
      program: 'Brand',
      target: 120_000,
      keys: ['SF-0001'],
      plan: [10_000, 20_000, 30_000, 30_000, 20_000, 10_000],
      forecast: [null, null, null, null, 20_000, 10_000],
      actual: [9_000, 21_000, 28_000, 30_000, 19_500, 10_500],
    })
    .initiative('CAMP-02', {
      ...READY,
      name: 'Partner webinars',
      program: 'Demand',
      target: 80_000,
      plan: [5_000, 5_000, 10_000, 10_000, 10_000, 10_000],
      actual: [4_000, 6_000],
    })
    .initiative('CAMP-03', {
      ...READY,
      name: 'Trade fair',
      program: 'Demand',
      target: 40_000,
      plan: [null, 20_000, 20_000],
    })
    .initiative('CAMP-04', {
      ...READY,
      name: 'Newsletter',
      program: 'Brand',
      target: 10_000,
      plan: [2_000, 2_000],
    })
    .build();
  const workbook = new MemoryWorkbook({});
  await workbook.write({ sheets: encodeRegister(register, null) });
  const identity = declaredIdentity(PEOPLE.pmo);
  const service = createGovernanceService({
    port: workbook,
    clock: () => new Date('2027-07-01T09:00:00.000Z'),
    identity,
  });
  const act = async (who: string, action: () => Promise<{ ok: boolean; message: string }>) => {
    await identity.declare(who);
    const result = await action();
    if (!result.ok) throw new Error(result.message);
  };
  await identity.declare(PEOPLE.pmo);
  await service.saveSettings({ redBelow: 0.85 });
  const up = (id: string) => () => service.move({ id, kind: 'up', reason: '' });
  for (const id of ['CAMP-01', 'CAMP-02']) {
    await act(PEOPLE.owner, up(id));
    await act(PEOPLE.owner, up(id));
    await act(PEOPLE.sponsor, up(id));
  }
  await act(PEOPLE.owner, up('CAMP-01'));
  await act(PEOPLE.controller, () =>
    service.signOff({ id: 'CAMP-01', confirmedValue: 118_000, evidence: 'CRM report 2027-06' }),
  );
  await act(PEOPLE.owner, up('CAMP-03'));
  await act(PEOPLE.sponsor, () => service.move({ id: 'CAMP-03', kind: 'hold', reason: 'Fair postponed' }));
  await act(PEOPLE.owner, up('CAMP-04'));
  await act(PEOPLE.pmo, () => service.snapshot('2027-06'));
  const verified = await service.verify();
  if (!verified.ok) throw new Error(JSON.stringify(verified.findings, null, 1));
  const read = await workbook.read(workbook.sheetNames());
  return read.grids;
}
