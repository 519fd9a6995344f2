import { describe, expect, it } from 'vitest';
import type { PortfolioDto } from '../../core/contract/governance-service.js';
import { rollUp, type RegisterFigures } from '../../cli/rollup.js';

function figures(
  file: string,
  client: string,
  planTotal: number,
  target: number | null,
  frozen: number,
): RegisterFigures {
  const totals = {
    count: 2,
    planTotal,
    planToDate: planTotal / 2,
    actualToDate: planTotal / 4,
    estimateAtCompletion: planTotal,
    confirmedValue: 0,
    weightedPipeline: planTotal / 10,
    valueAtRisk: 5,
  };
  const portfolio = {
    ...totals,
    asOf: '2027-03-31',
    asOfPeriod: '2027-03',
    currency: 'EUR',
    target,
    gapToTarget: null,
    coverage: null,
    byDoi: [
      { level: 0, name: 'Defined', count: 1, planTotal: planTotal - frozen },
      { level: 3, name: 'Decided', count: 1, planTotal: frozen },
    ],
    byValueStatus: { green: 1, amber: 1, red: 0, 'n/a': 0 },
    decisionQueue: [
      { id: `${file}-1`, name: 'Late launch', reason: 'Value status red', suggestion: 'pivot' as const },
    ],
    watermelons: [],
    groupBy: 'client' as const,
    groups: [{ key: client, ...totals }],
    periods: [],
    planByPeriod: [],
    actualByPeriod: [],
    estimateByPeriod: [],
    signOffQueue: [],
    snapshots: [],
  } satisfies PortfolioDto;
  return { file, portfolio, rows: [], freezeLevel: 3 };
}

describe('rollUp', () => {
  it('reports one register exactly as its own portfolio', () => {
    const one = figures('a.xlsx', 'Acme', 1000, 2000, 600);
    const report = rollUp([one], '2027-03-31', 'EUR');
    expect(report.portfolio).toMatchObject({
      count: 2,
      planTotal: 1000,
      planToDate: 500,
      actualToDate: 250,
      variance: -250,
      realization: 0.5,
      weightedPipeline: 100,
      target: 2000,
      gapToTarget: 1900,
      coverage: 0.3,
    });
    expect(report.portfolio.decisionQueue).toEqual([
      expect.objectContaining({ register: 'a.xlsx', suggestion: 'pivot' }),
    ]);
  });

  it('adds several registers up: totals, DoI buckets, clients, and coverage over the summed target', () => {
    const report = rollUp(
      [
        figures('a.xlsx', 'Acme', 1000, 2000, 600),
        figures('b.xlsx', 'Globex', 3000.1, null, 1000),
        figures('c.xlsx', 'Acme', 0.2, 1000, 0),
      ],
      '2027-03-31',
      'EUR',
    );
    expect(report.portfolio.planTotal).toBe(4000.3);
    expect(report.portfolio.count).toBe(6);
    expect(report.portfolio.target).toBe(3000);
    expect(report.portfolio.coverage).toBeCloseTo(1600 / 3000, 12);
    expect(report.portfolio.byDoi).toEqual([
      { level: 0, name: 'Defined', count: 3, planTotal: 2400.3 },
      { level: 3, name: 'Decided', count: 3, planTotal: 1600 },
    ]);
    expect(report.portfolio.byClient.map((c) => [c.client, c.count, c.planTotal])).toEqual([
      ['Globex', 2, 3000.1],
      ['Acme', 4, 1000.2],
    ]);
    expect(report.portfolio.byValueStatus).toEqual({ green: 3, amber: 3, red: 0, 'n/a': 0 });
  });
});
