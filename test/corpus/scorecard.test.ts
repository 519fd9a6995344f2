import { afterAll, describe, expect, it } from 'vitest';
import { convertTable, inspectWorkbook } from '../../core/import/index.js';
import type { InspectionDto, TableDto } from '../../core/index.js';
import { hasCorpus, portfolioTotal, readCorpus } from './corpus-files.js';
import { EXPECTATIONS, type Expectation, type ExpectedTable } from './scorecard/expectations.js';

/**
 * The corpus scorecard: for every file in the shared corpus, what its owner would accept from an
 * import (the plan, a question, or a refusal that says why), checked against what PlanGate does.
 * Expectations not met yet are marked `open` with what is missing: they run as expected failures,
 * so meeting one turns its test red until the mark is removed.
 */
const SETTINGS = { fiscalYearStart: 1, defaultYear: 2027 };
const score = { met: 0, open: 0, byOutcome: new Map<string, number>() };

function questionKinds(t: TableDto): string[] {
  return (t.questions ?? []).map((q) => q.kind);
}

function checkTable(
  want: ExpectedTable,
  got: TableDto | undefined,
  grids: Parameters<ExpectedTable['total']>[0],
  read: Awaited<ReturnType<typeof readCorpus>>,
): string[] {
  if (!got) return [`no plan offered on '${want.sheet}' with header row ${want.headerRow}`];
  const where = `'${want.sheet}' row ${want.headerRow}`;
  const wrong: string[] = [];
  if (got.verdict !== 'plan') wrong.push(`${where}: verdict ${got.verdict}`);
  if (got.initiatives !== want.initiatives)
    wrong.push(`${where}: ${got.initiatives} initiatives, want ${want.initiatives}`);
  if (want.periods) {
    const [n, first, last] = want.periods;
    const span = [got.periods.length, got.periods[0], got.periods[got.periods.length - 1]];
    if (span[0] !== n || (first !== '*' && span[1] !== first) || (last !== '*' && span[2] !== last))
      wrong.push(`${where}: periods ${span.join(' ')}, want ${want.periods.join(' ')}`);
  }
  const kinds = questionKinds(got);
  if (want.currency === 'ask') {
    if (!kinds.includes('currency'))
      wrong.push(`${where}: does not ask for the currency (${got.mapping.currency ?? 'none'})`);
  } else if (got.currency?.plan !== want.currency) {
    wrong.push(`${where}: currency ${got.currency?.plan ?? 'none'}, want ${want.currency}`);
  }
  for (const q of want.questions ?? []) if (!kinds.includes(q)) wrong.push(`${where}: does not ask ${q}`);
  for (const w of want.warnings ?? [])
    if (!got.warnings.some((x) => w.test(x))) wrong.push(`${where}: no warning like ${String(w)}`);
  const plan = convertTable(read, got.mapping, SETTINGS);
  const total = portfolioTotal(plan.initiatives);
  const own = want.total(grids);
  if (Math.abs(total - own) > 0.005) wrong.push(`${where}: plan total ${total}, own sum ${own}`);
  return wrong;
}

function check(
  e: Expectation,
  inspection: InspectionDto,
  read: Awaited<ReturnType<typeof readCorpus>>,
): string[] {
  const plans = inspection.tables.filter((t) => t.verdict === 'plan');
  switch (e.outcome) {
    case 'plan':
      return e.tables.flatMap((want) =>
        checkTable(
          want,
          plans.find((t) => t.sheet === want.sheet && t.headerRow === want.headerRow),
          read.grids,
          read,
        ),
      );
    case 'activities': {
      const t = inspection.tables.find((x) => x.sheet === e.sheet && x.headerRow === e.headerRow);
      if (!t || t.verdict !== 'activities') return [`'${e.sheet}' is not offered as an activity tracker`];
      return t.initiatives === e.initiatives ? [] : [`${t.initiatives} activities, want ${e.initiatives}`];
    }
    case 'asks': {
      const asked = inspection.tables.flatMap((t) => t.questions ?? []).filter((q) => q.kind === e.question);
      return asked.some((q) => e.text.test(q.text))
        ? []
        : [`does not ask ${e.question} (${inspection.error ?? 'no error'})`];
    }
    case 'refused': {
      const wrong: string[] = [];
      if (plans.length > 0) wrong.push(`offers a plan on ${plans.map((p) => `'${p.sheet}'`).join(', ')}`);
      if (!inspection.error || !e.error.test(inspection.error)) wrong.push(`error: ${inspection.error}`);
      if (!inspection.tables.some((t) => t.verdict === e.verdict)) wrong.push(`no table judged ${e.verdict}`);
      return wrong;
    }
  }
}

describe.skipIf(!hasCorpus)('corpus scorecard: every real file imports as its owner reads it', () => {
  afterAll(() => {
    const lines = [...score.byOutcome].map(([k, n]) => `${k} ${n}`).join(', ');
    console.log(
      `Corpus scorecard: ${score.met} of ${EXPECTATIONS.length} files as expected (${lines}); ${score.open} open.`,
    );
  });
  for (const e of EXPECTATIONS) {
    const run = e.open ? it.fails : it;
    run(`${e.file} → ${e.outcome}: ${e.why}`, async () => {
      const read = await readCorpus(e.file);
      const inspection = inspectWorkbook(read, { ...SETTINGS, source: e.file });
      const wrong = check(e, inspection, read);
      if (wrong.length === 0) {
        score.met++;
        score.byOutcome.set(e.outcome, (score.byOutcome.get(e.outcome) ?? 0) + 1);
      } else score.open++;
      expect(wrong).toEqual([]);
    });
  }
});
