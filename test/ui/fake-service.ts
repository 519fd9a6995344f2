/* eslint-disable @typescript-eslint/require-await -- the fake answers at once through the async interface */
/**
 * A GovernanceService for component tests: realistic DTOs for a small marketing plan, with
 * enough behaviour (moves, sign-off refusals, settings) for panes to show what a user sees.
 * Any method can be replaced, e.g. with a never-settling promise (loading) or a rejection (error).
 */
import type {
  ActionResultDto,
  GovernanceService,
  InitiativeDetailDto,
  InitiativeRowDto,
  InspectionDto,
  MappingDto,
  PortfolioDto,
  SettingsDto,
  VerificationDto,
} from '../../core/contract/governance-service.js';

const PERIODS = ['2027-01', '2027-02', '2027-03', '2027-04', '2027-05', '2027-06'];
const LADDER = ['Defined', 'Identified', 'Detailed', 'Decided', 'Implemented', 'Closed'];

function row(partial: Partial<InitiativeRowDto> & { id: string; name: string }): InitiativeRowDto {
  return {
    planTotal: 120000,
    planToDate: 60000,
    actualToDate: 48000,
    variance: -12000,
    realization: 0.8,
    estimateAtCompletion: 112000,
    valueAtRisk: 8000,
    valueStatus: 'amber',
    weightedValue: 28000,
    flags: [],
    program: 'Demand generation',
    workstream: 'Digital',
    client: '',
    owner: 'Maria Keller',
    sponsor: 'Jonas Weber',
    controller: 'Sofia Brandt',
    doi: 2,
    doiName: LADDER[partial.doi ?? 2],
    state: 'active',
    implementationStatus: 'green',
    confirmedValue: null,
    ...partial,
  };
}

export const FAKE_ROWS: InitiativeRowDto[] = [
  row({ id: 'CAMP-01', name: 'Spring webinar series', doi: 4, doiName: 'Implemented', valueStatus: 'green' }),
  row({
    id: 'CAMP-02',
    name: 'Partner co-marketing DACH',
    program: 'Partners',
    owner: 'Lukas Hofmann',
    valueStatus: 'red',
    estimateAtCompletion: 70000,
    valueAtRisk: 50000,
    implementationStatus: 'green',
    flags: [
      {
        code: 'watermelon',
        reason: 'Implementation is green but value is red: estimate 70,000 is 58 % of plan 120,000.',
      },
      {
        code: 'decisionRequired',
        reason: 'Value status red; estimate is 58 % of plan.',
        suggestion: 'pivot',
      },
    ],
  }),
  row({
    id: 'CAMP-03',
    name: 'Trade fair Hannover',
    program: 'Events',
    workstream: 'Field',
    doi: 0,
    doiName: 'Defined',
    valueStatus: 'n/a',
    planTotal: 0,
    planToDate: 0,
    actualToDate: 0,
    variance: 0,
    realization: null,
    estimateAtCompletion: 0,
    valueAtRisk: 0,
    implementationStatus: null,
  }),
  row({ id: 'CAMP-04', name: 'Retargeting ads', state: 'on hold', doi: 3, doiName: 'Decided' }),
];

const MAPPING: MappingDto = {
  sheet: 'Marketing Plan 2027',
  headerRow: 3,
  layout: 'wide',
  fields: {
    name: {
      column: 0,
      header: 'Campaign',
      confidence: 0.95,
      reason: 'Header "Campaign" names the initiative',
    },
    program: {
      column: 1,
      header: 'Channel',
      confidence: 0.6,
      reason: 'Header "Channel" looks like a grouping',
    },
    owner: { column: 2, header: 'Owner', confidence: 1, reason: 'Header is "Owner"' },
  },
  periodColumns: PERIODS.map((period, i) => ({
    column: 3 + i,
    header: `Jan`.replace('Jan', period),
    period,
  })),
  series: 'plan',
  scale: 1,
  currency: 'EUR',
};

export function fakeInspection(): InspectionDto {
  return {
    source: 'Marketing Plan 2027',
    tables: [
      {
        sheet: 'Marketing Plan 2027',
        headerRow: 3,
        initiatives: 4,
        periods: PERIODS,
        mapping: MAPPING,
        excluded: [
          { row: 9, reason: 'Row 9 is a total ("Total marketing"), not an initiative' },
          { row: 5, reason: 'Row 5 is a section heading ("Digital")' },
        ],
        warnings: ['Cell F7 "n/a" is not a number; it was read as blank.'],
        verdict: 'plan',
      },
    ],
    warnings: [],
    error: null,
  };
}

function detail(id: string, doi: number, identity: string): InitiativeDetailDto {
  const base = FAKE_ROWS.find((r) => r.id === id) ?? FAKE_ROWS[0];
  const next = doi + 1;
  const isOwner = identity === base.owner;
  return {
    row: { ...base, doi, doiName: LADDER[doi] },
    fields: {
      impactType: 'revenue',
      kpi: 'Pipeline revenue',
      unit: 'EUR',
      baseline: 0,
      target: 120000,
      start: '2027-01-01',
      due: '2027-06-30',
      nextGateDue: '2027-04-30',
      lastReview: '2027-02-15',
      reviewEveryDays: 30,
      keys: ['SF-7011', 'CC-4410'],
      confirmedBy: '',
      confirmedAt: null,
      evidence: '',
    },
    periods: PERIODS,
    plan: [20000, 20000, 20000, 20000, 20000, 20000],
    forecast: [null, null, null, 18000, 18000, 20000],
    actual: [16000, 17000, 15000, null, null, null],
    baseline: doi >= 3 ? [20000, 20000, 20000, 20000, 20000, 20000] : null,
    ladder: LADDER.map((name, level) => ({ level, name })),
    nextGate:
      next < LADDER.length
        ? {
            toLevel: next,
            toName: LADDER[next],
            criteria:
              next === 3
                ? [
                    {
                      criterion: 'decision',
                      met: !isOwner,
                      message: isOwner
                        ? 'The go decision must come from the sponsor (Jonas Weber) or the PMO, not the owner.'
                        : 'Go decision by Jonas Weber (sponsor).',
                    },
                  ]
                : [
                    { criterion: 'plan', met: true, message: 'Plan total 120,000 > 0.' },
                    {
                      criterion: 'dates',
                      met: false,
                      message: 'Due date is missing: enter it in PG Register, column R.',
                    },
                  ],
            movers: next === 3 ? ['sponsor', 'pmo'] : ['owner', 'pmo'],
            allowed: next === 3 ? !isOwner : false,
            refusal:
              next === 3 ? (isOwner ? 'Owners cannot take the go decision.' : null) : 'Due date is missing.',
          }
        : null,
    history: [
      {
        row: 2,
        time: '2027-01-04T09:00:00.000Z',
        actor: 'Maria Keller',
        identity: 'declared',
        action: 'create',
        from: '',
        to: '0 Defined',
        summary: 'Created from Marketing Plan 2027, row 4.',
      },
      {
        row: 7,
        time: '2027-01-20T14:30:00.000Z',
        actor: 'Maria Keller',
        identity: 'declared',
        action: 'move',
        from: '1 Identified',
        to: '2 Detailed',
        summary: 'Moved up: plan phasing and dates present.',
      },
    ],
  };
}

export function fakePortfolio(): PortfolioDto {
  return {
    count: 4,
    planTotal: 360000,
    planToDate: 180000,
    actualToDate: 144000,
    estimateAtCompletion: 294000,
    confirmedValue: 0,
    weightedPipeline: 112000,
    valueAtRisk: 66000,
    asOf: '2027-03-31',
    asOfPeriod: '2027-03',
    currency: 'EUR',
    target: 500000,
    gapToTarget: 388000,
    coverage: 0.48,
    byDoi: LADDER.map((name, level) => ({
      level,
      name,
      count: level === 2 ? 1 : level === 0 ? 1 : level === 3 ? 1 : level === 4 ? 1 : 0,
      planTotal: level === 0 ? 0 : level <= 4 ? 120000 : 0,
    })),
    byValueStatus: { green: 1, amber: 1, red: 1, 'n/a': 1 },
    decisionQueue: [
      { id: 'CAMP-02', name: 'Partner co-marketing DACH', reason: 'Value status red.', suggestion: 'pivot' },
    ],
    watermelons: [
      {
        id: 'CAMP-02',
        name: 'Partner co-marketing DACH',
        reason: 'Implementation green, value red.',
        suggestion: null,
      },
    ],
    groupBy: null,
    groups: [],
    periods: PERIODS,
    planByPeriod: [60000, 60000, 60000, 60000, 60000, 60000],
    actualByPeriod: [48000, 50000, 46000, 0, 0, 0],
    estimateByPeriod: [48000, 50000, 46000, 50000, 50000, 50000],
    signOffQueue: [
      {
        id: 'CAMP-01',
        name: 'Spring webinar series',
        owner: 'Maria Keller',
        controller: 'Sofia Brandt',
        actualToDate: 48000,
        estimateAtCompletion: 112000,
        planTotal: 120000,
      },
    ],
    snapshots: ['2027-02'],
  };
}

export function fakeSettings(): SettingsDto {
  return {
    ladderPreset: 'standard',
    ladder: LADDER.map((name, level) => ({
      level,
      name,
      weight: [0, 0.1, 0.25, 0.5, 0.8, 1][level],
      criteria: [],
      movers: ['owner', 'pmo'],
    })),
    freezeLevel: 3,
    signOffLevel: 5,
    asOf: '2027-03-31',
    currency: 'EUR',
    fiscalYearStart: 1,
    target: 500000,
    granularity: 'month',
    redBelow: 0.9,
    amberBelow: 0.9,
    defaultReviewDays: 30,
    pmo: ['Petra Lang'],
    controllers: ['Sofia Brandt'],
  };
}

export function fakeVerification(ok: boolean): VerificationDto {
  return {
    ok,
    checkedEvents: 12,
    firstBroken: ok
      ? null
      : {
          row: 9,
          time: '2027-03-02T10:00:00.000Z',
          action: 'sign-off',
          initiative: 'CAMP-01',
          message: 'Hash does not match the event: a value in row 9 was changed after it was written.',
        },
    modifiedAfterSignOff: ok
      ? []
      : [
          {
            id: 'CAMP-01',
            name: 'Spring webinar series',
            fields: ['Confirmed value'],
            message: 'Confirmed value is 90,000 but the sign-off sealed 48,000.',
          },
        ],
    notice:
      'This check is tamper-evident, not tamper-proof: it shows that sealed values were changed, it cannot stop anyone from changing them.',
  };
}

export interface FakeService extends GovernanceService {
  calls: { method: string; args: unknown[] }[];
}

export function fakeService(overrides: Partial<GovernanceService> = {}): FakeService {
  let identity = 'Maria Keller';
  const doiById = new Map(FAKE_ROWS.map((r) => [r.id, r.doi]));
  let settings = fakeSettings();
  const calls: { method: string; args: unknown[] }[] = [];
  const log = (method: string, args: unknown[]) => calls.push({ method, args });
  const refused = (message: string, problems: string[]): ActionResultDto => ({
    ok: false,
    message,
    problems,
    wrote: [],
  });

  const service: GovernanceService = {
    overview: async () => ({
      identity: { name: identity, kind: 'declared' },
      hasRegister: true,
      initiativeCount: FAKE_ROWS.length,
      userSheets: ['Marketing Plan 2027', 'CRM export March'],
      problems: [],
      asOf: settings.asOf,
      currency: settings.currency,
    }),
    declareIdentity: async (name) => {
      log('declareIdentity', [name]);
      identity = name;
      return { name, kind: 'declared' };
    },
    inspectSource: async (source) => {
      log('inspectSource', [source]);
      return fakeInspection();
    },
    previewConversion: async (source, mapping) => {
      log('previewConversion', [source, mapping]);
      return {
        initiatives: 4,
        periods: PERIODS,
        planTotal: 360000,
        rows: FAKE_ROWS.map((r, i) => ({
          row: 4 + i,
          id: r.id,
          name: r.name,
          program: r.program,
          planTotal: r.planTotal,
        })),
        excluded: fakeInspection().tables[0].excluded,
        warnings: ['Cell F7 "n/a" is not a number; it was read as blank.'],
      };
    },
    convert: async (source, mapping) => {
      log('convert', [source, mapping]);
      return {
        counts: { added: 4, updated: 0, unchanged: 0, conflict: 0, skipped: 0 },
        rows: FAKE_ROWS.map((r) => ({
          id: r.id,
          name: r.name,
          outcome: 'added' as const,
          reason: 'New initiative',
        })),
        wrote: ['PG Register (4 rows)', 'PG Plan (4 × 6)', 'PG Audit (+5 events)'],
        // Like the core: the new register takes the currency the plan names.
        currency: mapping.currency
          ? { code: mapping.currency, source: 'adopted' as const, plan: mapping.currency }
          : { code: settings.currency, source: 'kept' as const },
      };
    },
    importActuals: async (source) => {
      log('importActuals', [source]);
      return {
        matchedRows: 9,
        periods: ['2027-01', '2027-02', '2027-03'],
        total: 144000,
        updatedInitiatives: 3,
        unchanged: false,
        unmatched: [{ row: 14, key: 'SF-9999', amount: 1200 }],
        ambiguous: [{ row: 15, key: 'CC-4410', candidates: ['CAMP-01', 'CAMP-04'] }],
        wrote: ['PG Actual (3 initiatives × 3 periods)', 'PG Audit (+1 event)'],
      };
    },
    refresh: async () => ({
      asOf: settings.asOf,
      currency: settings.currency,
      rows: FAKE_ROWS.map((r) => ({ ...r, doi: doiById.get(r.id)!, doiName: LADDER[doiById.get(r.id)!] })),
      problems: [],
      wrote: ['PG Register computed columns (4 rows)'],
    }),
    initiative: async (id) => detail(id, doiById.get(id) ?? 0, identity),
    move: async (request) => {
      log('move', [request]);
      const doi = doiById.get(request.id) ?? 0;
      if (request.kind === 'back' && !request.reason.trim())
        return refused('A step back needs a reason.', ['Type why the initiative moves back.']);
      const d = detail(request.id, doi, identity);
      if (request.kind === 'up') {
        if (!d.nextGate?.allowed)
          return refused(`Cannot move ${request.id} up.`, [d.nextGate?.refusal ?? 'At the top.']);
        doiById.set(request.id, doi + 1);
        return {
          ok: true,
          message: `Moved ${request.id} to ${doi + 1} ${LADDER[doi + 1]}.`,
          problems: [],
          wrote: ['PG Register (1 row)', 'PG Audit (+1 event)'],
        };
      }
      if (request.kind === 'back') doiById.set(request.id, Math.max(0, doi - 1));
      return {
        ok: true,
        message: `${request.kind} done for ${request.id}.`,
        problems: [],
        wrote: ['PG Audit (+1 event)'],
      };
    },
    signOff: async (request) => {
      log('signOff', [request]);
      if (identity !== 'Sofia Brandt')
        return refused('Sign-off refused.', [
          `${identity} is not the controller of ${request.id} (Sofia Brandt).`,
        ]);
      return {
        ok: true,
        message: `Signed off ${request.id}: confirmed value sealed.`,
        problems: [],
        wrote: ['PG Register (1 row)', 'PG Audit (+1 sealed event)'],
      };
    },
    portfolio: async (groupBy) => {
      log('portfolio', [groupBy]);
      const p = fakePortfolio();
      if (groupBy)
        p.groups = [
          { key: 'Demand generation', ...p, count: 2 },
          { key: 'Partners', ...p, count: 1 },
        ].map(
          ({
            key,
            count,
            planTotal,
            planToDate,
            actualToDate,
            estimateAtCompletion,
            confirmedValue,
            weightedPipeline,
            valueAtRisk,
          }) => ({
            key,
            count,
            planTotal,
            planToDate,
            actualToDate,
            estimateAtCompletion,
            confirmedValue,
            weightedPipeline,
            valueAtRisk,
          }),
        );
      return { ...p, groupBy };
    },
    verify: async () => fakeVerification(true),
    snapshot: async (label) => ({
      ok: true,
      message: `Snapshot ${label ?? '2027-03'} stored.`,
      problems: [],
      wrote: ['PG Snapshots (4 rows)'],
    }),
    bridge: async (from, to) => {
      log('bridge', [from, to]);
      return {
        from,
        to: to ?? 'now',
        start: 300000,
        newInitiatives: 20000,
        cancelled: -10000,
        rebaselined: 0,
        estimateChanges: -16000,
        end: 294000,
      };
    },
    settings: async () => settings,
    saveSettings: async (patch) => {
      log('saveSettings', [patch]);
      settings = { ...settings, ...patch };
      return settings;
    },
  };
  return Object.assign(service, overrides, { calls });
}

/** A promise that never settles: the pane stays in its loading state. */
export function pending<T>(): Promise<T> {
  return new Promise<T>(() => undefined);
}
