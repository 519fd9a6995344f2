import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertTable, inspectWorkbook } from '../../../core/import/index.js';
import { book, planTotal } from './grid-book.js';
import { generatedPlan } from './plan-generator.js';

const SETTINGS = { fiscalYearStart: 1, defaultYear: 2000 };

describe('generated plans with known answers', () => {
  it('import recovers each plan’s total and periods exactly, or asks — never a different plan silently', () => {
    const seen = { plans: 0, asked: 0, refused: 0 };
    fc.assert(
      fc.property(generatedPlan, (g) => {
        const read = book(g.rows, g.sheet);
        const inspection = inspectWorkbook(read, SETTINGS);
        const table = inspection.tables.find((t) => t.verdict === 'plan');
        if (!table) {
          // A refusal must say why; it is never a silent wrong register.
          expect(inspection.error).toBeTruthy();
          seen.refused++;
          return;
        }
        const kinds = (table.questions ?? []).map((q) => q.kind);
        const plan = convertTable(read, table.mapping, SETTINGS);
        const total = Math.round(plan.initiatives.reduce((s, i) => s + planTotal(i.plan), 0) * 100) / 100;
        if (kinds.includes('plan-columns') || kinds.includes('header-row')) {
          seen.asked++;
          return;
        }
        expect({ what: g.description, total }).toEqual({ what: g.description, total: g.total });
        if (!kinds.includes('plan-year')) expect(plan.periods).toEqual(g.periods);
        seen.plans++;
      }),
      { numRuns: 300, seed: 20_271_204 },
    );
    // The generator's plans are all plainly plans: every one is recovered, none refused.
    expect(seen).toEqual({ plans: 300, asked: 0, refused: 0 });
  });
});
