/**
 * `npm run demo`: the sample marketing plan converted into a register
 * in an in-memory workbook, actuals imported from its CRM export, a few initiatives taken through
 * their gates by the people allowed to, one signed off by its controller, and the portfolio
 * printed. Every number is computed by the core from the sample sheets.
 */
import { pathToFileURL } from 'node:url';
import { MemoryWorkbook } from '../core/index.js';
import { createGovernanceService } from '../core/index.js';
import type { GovernanceService, InitiativeRowDto } from '../core/index.js';
import { declaredIdentity } from '../core/index.js';
import { SAMPLE_ACTUALS_SHEET, SAMPLE_AS_OF, SAMPLE_PLAN_SHEET, sampleWorkbook } from '../core/index.js';

const PMO = 'Paula Weber';

const money = (value: number | null): string =>
  value === null ? '—' : Math.round(value).toLocaleString('en-US').padStart(11);
const percent = (value: number | null): string => (value === null ? '—' : `${(value * 100).toFixed(1)} %`);

function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  // Amounts and percentages right-aligned, words left-aligned.
  const numeric = (text: string): boolean => /^\s*[-\d.,]+( %)?$|^—$/.test(text);
  const line = (cells: string[]) =>
    cells.map((c, i) => (numeric(c) ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  return [line(headers), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** Take an initiative up its ladder as far as the people allowed to move it can, printing each step. */
async function climb(
  print: (line: string) => void,
  service: GovernanceService,
  identity: ReturnType<typeof declaredIdentity>,
  row: InitiativeRowDto,
  upTo: number,
) {
  for (let level = row.doi; level < upTo; level++) {
    const detail = await service.initiative(row.id);
    const gate = detail.nextGate;
    if (!gate) return;
    // The go decision belongs to the sponsor; the owner confirms implementation; the PMO may do the rest.
    const mover = gate.movers.includes('sponsor')
      ? row.sponsor
      : gate.movers.includes('owner') && level >= 3
        ? row.owner
        : PMO;
    await identity.declare(mover);
    const result = await service.move({ id: row.id, kind: 'up', reason: '' });
    print(`  ${result.ok ? '✔' : '✘'} ${mover.padEnd(14)} ${result.message}`);
    if (!result.ok) return;
  }
}

/** Runs the demo, printing through `print` (console.log by default). */
export async function runDemo(print: (line: string) => void = console.log): Promise<void> {
  const console = { log: print };
  const workbook = new MemoryWorkbook(sampleWorkbook().grids);
  const identity = declaredIdentity(PMO);
  const service = createGovernanceService({
    port: workbook,
    clock: () => new Date(`${SAMPLE_AS_OF}T16:00:00.000Z`),
    identity,
  });

  const inspection = await service.inspectSource({ kind: 'sheet', sheet: SAMPLE_PLAN_SHEET });
  const plan = inspection.tables.find((t) => t.verdict === 'plan');
  if (!plan) throw new Error(inspection.error ?? 'The sample plan was not recognised.');
  const converted = await service.convert({ kind: 'sheet', sheet: SAMPLE_PLAN_SHEET }, plan.mapping);
  console.log(
    `Converted "${SAMPLE_PLAN_SHEET}": ${converted.counts.added} initiatives added; wrote ${converted.wrote.join(', ')}.`,
  );
  await service.saveSettings({ asOf: SAMPLE_AS_OF, pmo: [PMO], target: 3_000_000 });
  const actuals = await service.importActuals({ kind: 'sheet', sheet: SAMPLE_ACTUALS_SHEET });
  console.log(
    `Imported actuals from "${SAMPLE_ACTUALS_SHEET}": ${actuals.matchedRows} rows matched, ${money(actuals.total).trim()} EUR, ` +
      `${actuals.unmatched.length} unmatched, ${actuals.ambiguous.length} ambiguous.`,
  );

  const register = await service.refresh();
  const settings = await service.settings();
  console.log('\nGates:');
  for (const row of register.rows.slice(0, 4)) {
    console.log(`${row.id} ${row.name}`);
    await climb(print, service, identity, row, row === register.rows[0] ? settings.signOffLevel - 1 : 3);
  }

  const first = (await service.refresh()).rows[0];
  console.log('\nSign-off:');
  await identity.declare(first.owner);
  const refused = await service.signOff({
    id: first.id,
    confirmedValue: first.actualToDate,
    evidence: 'CRM export',
  });
  console.log(`  ✘ ${first.owner.padEnd(14)} ${refused.problems[0] ?? refused.message}`);
  await identity.declare(first.controller);
  const signed = await service.signOff({
    id: first.id,
    confirmedValue: first.actualToDate,
    evidence: `CRM export ${SAMPLE_AS_OF}`,
  });
  console.log(`  ${signed.ok ? '✔' : '✘'} ${first.controller.padEnd(14)} ${signed.message}`);

  const rows = (await service.refresh()).rows;
  console.log(`\nRegister as of ${register.asOf} (${register.currency}):`);
  console.log(
    table(
      [
        'ID',
        'Initiative',
        'DoI',
        'Plan total',
        'Plan to date',
        'Actual to date',
        'Realization',
        'EAC',
        'Status',
        'Flags',
      ],
      rows.map((r) => [
        r.id,
        r.name.slice(0, 30),
        `${r.doi} ${r.doiName}`,
        money(r.planTotal),
        money(r.planToDate),
        money(r.actualToDate),
        percent(r.realization),
        money(r.estimateAtCompletion),
        r.valueStatus,
        r.flags.map((f) => f.code).join(', '),
      ]),
    ),
  );

  const portfolio = await service.portfolio('program');
  console.log('\nPortfolio:');
  console.log(
    table(
      ['Figure', 'Value'],
      [
        ['Target', money(portfolio.target)],
        ['Plan total', money(portfolio.planTotal)],
        ['Plan to date', money(portfolio.planToDate)],
        ['Actual to date', money(portfolio.actualToDate)],
        ['Estimate at completion', money(portfolio.estimateAtCompletion)],
        ['Confirmed value (closed)', money(portfolio.confirmedValue)],
        ['Weighted pipeline', money(portfolio.weightedPipeline)],
        ['Gap to target', money(portfolio.gapToTarget)],
        ['Coverage', percent(portfolio.coverage)],
        ['Value at risk', money(portfolio.valueAtRisk)],
      ],
    ),
  );
  console.log('\nDoI waterfall:');
  console.log(
    table(
      ['DoI', 'Initiatives', 'Plan total'],
      portfolio.byDoi.map((b) => [`${b.level} ${b.name}`, String(b.count), money(b.planTotal)]),
    ),
  );
  console.log('\nBy program:');
  console.log(
    table(
      ['Program', 'Initiatives', 'Plan total', 'Actual to date', 'EAC', 'Weighted'],
      portfolio.groups.map((g) => [
        g.key,
        String(g.count),
        money(g.planTotal),
        money(g.actualToDate),
        money(g.estimateAtCompletion),
        money(g.weightedPipeline),
      ]),
    ),
  );
  console.log(`\nDecision queue (${portfolio.decisionQueue.length}):`);
  for (const item of portfolio.decisionQueue)
    console.log(`  ${item.id} ${item.suggestion ? `[${item.suggestion}] ` : ''}${item.reason}`);
  const verification = await service.verify();
  console.log(
    `\nAudit: ${verification.checkedEvents} events, ${verification.ok ? 'chain intact' : verification.firstBroken?.message}. ${verification.notice}`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runDemo().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
