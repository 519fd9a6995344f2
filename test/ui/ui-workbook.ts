/**
 * The workbook the pane tests share, read and written by the real GovernanceService: a small
 * marketing plan of four initiatives whose DoIs were reached through the gates, so PG Audit
 * records every move. Panes see exactly what the core computes from it.
 */
import { createGovernanceService, encodeRegister, MemoryWorkbook, type Grid } from '../../core/index.js';
import { declaredIdentity } from '../../core/index.js';
import { registerBuilder, standardSettings } from '../support/index.js';

export const PEOPLE = {
  /** The PMO, and the owner of CAMP-01, -03 and -04; acts unless a test declares someone else. */
  pmo: 'Maria Keller',
  sponsor: 'Jonas Weber',
  controller: 'Sofia Brandt',
  /** The owner of CAMP-02. */
  partnerOwner: 'Lukas Hofmann',
} as const;

export const PLAN_SHEET = 'Marketing Plan 2027';
export const ACTUALS_SHEET = 'CRM export March';
export const AS_OF = '2027-03-31';
/** When the moves that built the workbook were made, and when the tests act. */
export const NOW = new Date('2027-03-31T09:00:00.000Z');

const monthly = (value: number) => [value, value, value, value, value, value];

/** The plan the user keeps: the sheet a register is converted from, with a heading, a section and a total. */
function planSheet(): Grid {
  const months = ['Jan 2027', 'Feb 2027', 'Mar 2027', 'Apr 2027', 'May 2027', 'Jun 2027'];
  return [
    ['Marketing plan 2027 (EUR)'],
    [],
    ['Campaign', 'Channel', 'Owner', 'CRM IDs', 'ID', ...months],
    [
      'Spring webinar series',
      'Demand generation',
      PEOPLE.pmo,
      'SF-7011, CC-4410',
      'CAMP-01',
      ...monthly(20_000),
    ],
    ['Digital'],
    ['Partner co-marketing DACH', 'Partners', PEOPLE.partnerOwner, 'SF-7020', 'CAMP-02', ...monthly(20_000)],
    ['Trade fair Hannover', 'Events', PEOPLE.pmo, '', 'CAMP-03', 5_000, 5_000, 'n/a', 5_000, 5_000, 5_000],
    ['Retargeting ads', 'Demand generation', PEOPLE.pmo, 'CC-4410', 'CAMP-04', ...monthly(20_000)],
    ['Total marketing', '', '', '', '', ...monthly(65_000)],
  ];
}

/** A CRM export of the first quarter: one unknown key, one key two initiatives share. */
function actualsSheet(): Grid {
  return [
    ['Campaign ID', 'Month', 'Amount'],
    ['SF-7011', '2027-01', 1_000],
    ['SF-9999', '2027-02', 1_200],
    ['CC-4410', '2027-03', 900],
  ];
}

function register() {
  const people = { owner: PEOPLE.pmo, sponsor: PEOPLE.sponsor, controller: PEOPLE.controller };
  const ready = {
    ...people,
    workstream: 'Digital',
    impactType: 'revenue' as const,
    kpi: 'Pipeline revenue',
    unit: 'EUR',
    target: 120_000,
    start: '2027-01-01',
    due: '2027-06-30',
    implementationStatus: 'green' as const,
    plan: monthly(20_000),
  };
  return registerBuilder(
    standardSettings({ asOf: AS_OF, target: 500_000, pmo: [PEOPLE.pmo], controllers: [PEOPLE.controller] }),
  )
    .periods('2027-01', 6)
    .initiative('CAMP-01', {
      ...ready,
      name: 'Spring webinar series',
      program: 'Demand generation',
      keys: ['SF-7011', 'CC-4410'],
      actual: [16_000, 17_000, 15_000],
    })
    .initiative('CAMP-02', {
      ...ready,
      name: 'Partner co-marketing DACH',
      program: 'Partners',
      owner: PEOPLE.partnerOwner,
      keys: ['SF-7020'],
      actual: [16_000, 17_000, 15_000],
      forecast: [null, null, null, 18_000, 18_000, 20_000],
    })
    .initiative('CAMP-03', {
      ...people,
      name: 'Trade fair Hannover',
      program: 'Events',
      workstream: 'Field',
    })
    .initiative('CAMP-04', {
      ...ready,
      name: 'Retargeting ads',
      program: 'Demand generation',
      keys: ['CC-4410'],
      actual: [20_000, 16_000, 16_000],
    })
    .build();
}

/** The moves that bring each initiative to its DoI, each by a person the gate lets make it. */
const MOVES: [string, string, 'up' | 'hold' | 'resume'][] = [
  ['CAMP-01', PEOPLE.pmo, 'up'],
  ['CAMP-01', PEOPLE.pmo, 'up'],
  ['CAMP-01', PEOPLE.sponsor, 'up'],
  ['CAMP-01', PEOPLE.pmo, 'up'],
  ['CAMP-02', PEOPLE.pmo, 'up'],
  ['CAMP-02', PEOPLE.pmo, 'up'],
  ['CAMP-04', PEOPLE.pmo, 'up'],
  ['CAMP-04', PEOPLE.pmo, 'up'],
  ['CAMP-04', PEOPLE.sponsor, 'up'],
  ['CAMP-04', PEOPLE.sponsor, 'hold'],
  ['CAMP-04', PEOPLE.sponsor, 'resume'],
  ['CAMP-04', PEOPLE.sponsor, 'hold'],
];

let built: Promise<Record<string, Grid>> | null = null;

/** The workbook's sheets after the moves; built once, copied for each test. */
function sheets(): Promise<Record<string, Grid>> {
  built ??= (async () => {
    const workbook = new MemoryWorkbook({ [PLAN_SHEET]: planSheet(), [ACTUALS_SHEET]: actualsSheet() });
    await workbook.write({ sheets: encodeRegister(register(), null) });
    const identity = declaredIdentity(PEOPLE.pmo);
    const service = createGovernanceService({ port: workbook, clock: () => NOW, identity });
    for (const [id, who, kind] of MOVES) {
      await identity.declare(who);
      const moved = await service.move({ id, kind, reason: kind === 'up' ? '' : 'Budget review in April' });
      if (!moved.ok) throw new Error(`The UI workbook could not be built: ${moved.message}`);
    }
    const read = await workbook.read(workbook.sheetNames());
    return read.grids;
  })();
  return built;
}

/**
 * A fresh copy of the shared workbook; `register: false` leaves only the user's own sheets, and
 * `userSheets` adds sheets of the user's (a plan in another currency, say).
 */
export async function uiWorkbook({
  register = true,
  userSheets = {},
}: { register?: boolean; userSheets?: Record<string, Grid> } = {}): Promise<MemoryWorkbook> {
  const all = await sheets();
  const kept = register ? all : { [PLAN_SHEET]: all[PLAN_SHEET], [ACTUALS_SHEET]: all[ACTUALS_SHEET] };
  return new MemoryWorkbook(structuredClone({ ...kept, ...userSheets }));
}
