import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../core/metrics/compute-metrics.js';
import { FUNCTIONS, excelSafe } from '../../excel-addin/functions/functions.js';
import { eac, realization, valueStatus, weightedValue } from '../../core/functions/plangate-functions.js';
import { registerBuilder } from '../support/index.js';

/** A series as a worksheet range hands it to a custom function: one row, blanks as "". */
const asRange = (series: Float64Array): unknown[][] => [
  Array.from(series, (v) => (Number.isNaN(v) ? '' : v)),
];

describe('PLANGATE custom functions give the register’s numbers', () => {
  const register = registerBuilder()
    .periods('2027-01', 6)
    .initiative('A', {
      doi: 2,
      plan: [100, 100, 100, 100, 100, 100],
      actual: [90, 80, null],
      forecast: [null, null, null, 120],
    })
    .initiative('B', { doi: 4, plan: [50, 50, 50, 50, null, 50], actual: [50, 50, 60] })
    .initiative('C', {
      doi: 5,
      state: 'closed',
      confirmedValue: 333.33,
      plan: [10, 10, 10, 10, 10, 10],
      actual: [10, 10, 10],
    })
    .initiative('D', { doi: 1, state: 'cancelled', plan: [5, 5, 5, 5, 5, 5] })
    .initiative('E', {
      doi: 3,
      plan: [0, 0, 0, 40, 40, 40],
      actual: [null, null, null],
      forecast: [1, 1, 1, 1, 1, 1],
    })
    .build();
  register.settings.asOf = '2027-03-31';
  const metrics = computeMetrics(register, { baselines: new Map(), signOffChanges: new Map() });

  it.each(register.initiatives.map((initiative, i) => [initiative.id, i] as const))(
    'initiative %s',
    (_id, i) => {
      const initiative = register.initiatives[i];
      const m = metrics.initiatives[i];
      const estimate = eac(
        asRange(initiative.plan),
        asRange(initiative.forecast),
        asRange(initiative.actual),
      );
      // PRODUCT.md: a closed initiative's estimate at completion is its confirmed value; the
      // series function still gives the estimate of its series.
      const closed = initiative.state === 'closed';
      expect(closed ? initiative.confirmedValue : estimate).toBe(m.estimateAtCompletion);
      expect(
        weightedValue(
          estimate,
          initiative.doi,
          'standard',
          initiative.state,
          initiative.confirmedValue ?? '',
        ),
      ).toBe(m.weightedValue);
      expect(realization(m.actualToDate, m.planToDate)).toBe(m.realization);
      if (!closed) expect(valueStatus(m.planTotal, estimate, m.realization ?? '')).toBe(m.valueStatus);
    },
  );

  it('explains bad input instead of computing a wrong number', () => {
    expect(() => eac([[1, 2]], [[1]], [[1, 2]])).toThrow(/same periods \(2, 1, 2 cells given\)/);
    expect(() => eac([[1, '1,200']], [['', '']], [['', '']])).toThrow(
      /plan, cell 2: "1,200" is not a number/,
    );
    expect(() => weightedValue(100, 2, 'fancy')).toThrow(/preset "fancy" is not standard, l0-l5 or doi0-6/);
    expect(() => weightedValue(100, '')).toThrow(/doi is blank/);
  });

  it('turns bad input into #VALUE! and a missing realization into #N/A for Excel', () => {
    class ExcelError extends Error {
      constructor(
        readonly code: string,
        message?: string,
      ) {
        super(message);
      }
    }
    const api = { associate: () => undefined, Error: ExcelError };
    expect(() => excelSafe(api, FUNCTIONS.REALIZATION)(5 as never, 0 as never)).toThrow(
      expect.objectContaining({ code: '#N/A' }),
    );
    expect(() => excelSafe(api, FUNCTIONS.WEIGHTEDVALUE)(1 as never, 'x' as never)).toThrow(
      expect.objectContaining({
        code: '#VALUE!',
        message: 'doi: "x" is not a number. Use numbers or leave the cell blank.',
      }),
    );
  });
});

describe('functions.json', () => {
  const metadata = JSON.parse(
    readFileSync(new URL('../../excel-addin/functions/functions.json', import.meta.url), 'utf8'),
  ) as { functions: { id: string; name: string; parameters: { name: string; optional?: boolean }[] }[] };

  it('describes exactly the functions the runtime associates, with their parameters', () => {
    expect(metadata.functions.map((f) => f.id).sort()).toEqual(Object.keys(FUNCTIONS).sort());
    for (const f of metadata.functions) {
      const fn = FUNCTIONS[f.id];
      expect(f.name).toBe(f.id);
      expect(f.id).toMatch(/^[A-Z][A-Z0-9.]*$/);
      // Required parameters come first; the implementation takes every parameter, in order.
      const required = f.parameters.filter((p) => !p.optional).length;
      expect(f.parameters.slice(0, required).every((p) => !p.optional)).toBe(true);
      expect(fn.length).toBe(f.parameters.length);
    }
  });
});
