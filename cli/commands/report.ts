import type { Command } from '../command.js';
import { CliError, EXIT, usageError } from '../exit-codes.js';
import { openWorkbook } from '../files.js';
import { flagLabel } from '../../core/index.js';
import { clip, money, percent, plural, table } from '../format.js';
import { call, openService } from '../open-service.js';
import { rollUp, type RegisterFigures, type ReportJson } from '../rollup.js';
import type { CliContext } from '../cli-context.js';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function printReport(report: ReportJson, ctx: CliContext): void {
  const p = report.portfolio;
  const $ = (v: number | null) => money(v, report.currency);
  const regs = report.registers.length > 1 ? ` · ${plural(report.registers.length, 'register')}` : '';
  ctx.out(`Portfolio as of ${report.asOf}${regs} · ${plural(p.count, 'initiative')} · ${report.currency}`);
  const figures: [string, string][] = [
    [p.targetSource === 'initiatives' ? "Target (sum of the initiatives' Target)" : 'Target', $(p.target)],
    ['Plan total', $(p.planTotal)],
    ['Plan to date', $(p.planToDate)],
    ['Actual to date', $(p.actualToDate)],
    ['Estimate at completion', $(p.estimateAtCompletion)],
    ['  of which assumed on plan', `${$(p.assumedOnPlan)} (past months with no actual or forecast)`],
    ['Confirmed value (closed)', $(p.confirmedValue)],
    ['Weighted pipeline', $(p.weightedPipeline)],
    ['Gap to target', $(p.gapToTarget)],
    ['Coverage (plan frozen ÷ target)', percent(p.coverage)],
    ['Value at risk', $(p.valueAtRisk)],
    [
      'Value status',
      `${p.byValueStatus.green} green · ${p.byValueStatus.amber} amber · ${p.byValueStatus.red} red · ${p.byValueStatus['n/a']} n/a`,
    ],
  ];
  const width = Math.max(...figures.map(([k]) => k.length));
  for (const [k, v] of figures) ctx.out(`  ${k.padEnd(width)}  ${v}`);

  ctx.out('\nDoI waterfall');
  ctx.out(
    table(
      ['DoI', 'Initiatives', 'Plan total'],
      p.byDoi.map((b) => [`${b.level} ${b.name}`, String(b.count), $(b.planTotal)]),
      new Set([1, 2]),
    ),
  );

  if (p.byClient.length > 1 || (p.byClient.length === 1 && p.byClient[0].client !== '')) {
    ctx.out('\nBy client');
    ctx.out(
      table(
        ['Client', 'Initiatives', 'Plan total', 'Actual to date', 'Estimate', 'Weighted'],
        p.byClient.map((g) => [
          g.client || '(none)',
          String(g.count),
          $(g.planTotal),
          $(g.actualToDate),
          $(g.estimateAtCompletion),
          $(g.weightedPipeline),
        ]),
        new Set([1, 2, 3, 4, 5]),
      ),
    );
  }
  if (p.decisionQueue.length > 0) {
    ctx.out(`\nDecision queue (${p.decisionQueue.length})`);
    for (const d of p.decisionQueue) ctx.out(`  ${d.id}  ${clip(d.name, 32)}: ${d.reason}`);
  }
  ctx.out('\nInitiatives');
  ctx.out(
    table(
      [
        'ID',
        'Initiative',
        'DoI',
        'Value',
        'Plan total',
        'Actual to date',
        'Estimate',
        'Assumed on plan',
        'Flags',
      ],
      report.initiatives.map((i) => [
        i.id,
        clip(i.name, 28),
        `${i.doi} ${i.doiName}`,
        i.valueStatus,
        $(i.planTotal),
        $(i.actualToDate),
        $(i.estimateAtCompletion),
        $(i.assumedOnPlan),
        i.flags.map((f) => flagLabel(f.code)).join(', '),
      ]),
      new Set([4, 5, 6, 7]),
    ),
  );
  const flagged = report.initiatives.flatMap((i) =>
    i.flags.filter((f) => f.code !== 'decisionRequired').map((f) => ({ id: i.id, f })),
  );
  if (flagged.length > 0) {
    ctx.out(`\nFlags (${flagged.length})`);
    for (const { id, f } of flagged.slice(0, FLAGS_LISTED))
      ctx.out(`  ${id}  ${flagLabel(f.code)}: ${f.reason}`);
    if (flagged.length > FLAGS_LISTED)
      ctx.out(`  … and ${flagged.length - FLAGS_LISTED} more: plangate report --json lists every flag.`);
  }
}

/** Flag lines printed before "and N more" (decision prompts are listed in the decision queue). */
const FLAGS_LISTED = 40;

export const reportCommand: Command = {
  name: 'report',
  summary: 'portfolio figures of one or more registers, grouped by client',
  help: `Usage: plangate report REGISTER.xlsx... [--as-of YYYY-MM-DD] [--json]

Computes every metric of PRODUCT.md for each register (the same numbers as Excel, Sheets and the
playground) and rolls several registers up into one portfolio grouped by Client. Nothing is written.

Options:
  --as-of YYYY-MM-DD   report at this date instead of each register's as-of setting
  --json               print the report as JSON (shape in cli/README.md)
  -h, --help           show this help

Exit codes: 0 ok · 1 the registers cannot be added up (different currencies or as-of dates) · 2 usage · 3 unreadable file`,
  options: { 'as-of': { type: 'string' }, json: { type: 'boolean' } },
  positionals: { min: 1, max: Number.POSITIVE_INFINITY, names: 'one or more REGISTER.xlsx files' },
  async run(values, paths, ctx) {
    const asOf = values['as-of'];
    if (asOf !== undefined && (typeof asOf !== 'string' || !ISO_DAY.test(asOf))) {
      throw usageError(
        `--as-of ${String(asOf)} is not a date: write it as YYYY-MM-DD, e.g. 2027-03-31.`,
        'report',
      );
    }
    const figures: (RegisterFigures & { asOf: string; currency: string })[] = [];
    for (const path of paths) {
      ctx.progress(`Reading ${path}…`);
      const { file } = await openWorkbook(path);
      if (!file.source.sheetNames.includes('PG Register')) {
        throw new CliError(
          EXIT.findings,
          `${path} holds no register (no 'PG Register' sheet). Create one with: plangate convert ${path} -o register.xlsx`,
        );
      }
      const service = openService(file, ctx);
      if (typeof asOf === 'string') await call(service.saveSettings({ asOf }), path);
      const rows = await call(service.refresh(), path);
      const settings = await call(service.settings(), path);
      const portfolio = await call(service.portfolio('client'), path);
      for (const problem of rows.problems.slice(0, 5))
        ctx.err(`${path}: ${problem.sheet}!${problem.cell}: ${problem.message}`);
      figures.push({
        file: path,
        portfolio,
        rows: rows.rows,
        freezeLevel: settings.freezeLevel,
        asOf: settings.asOf,
        currency: settings.currency,
      });
    }
    const currencies = [...new Set(figures.map((f) => f.currency))];
    if (currencies.length > 1) {
      throw new CliError(
        EXIT.findings,
        `These registers report in different currencies (${figures.map((f) => `${f.file}: ${f.currency}`).join(', ')}); PlanGate does not convert currencies. Report them separately.`,
      );
    }
    const dates = [...new Set(figures.map((f) => f.asOf))];
    if (dates.length > 1) {
      throw new CliError(
        EXIT.findings,
        `These registers have different as-of dates (${figures.map((f) => `${f.file}: ${f.asOf}`).join(', ')}). Pass --as-of YYYY-MM-DD to report them at one date.`,
      );
    }
    const report = rollUp(figures, dates[0], currencies[0]);
    if (values.json) ctx.out(JSON.stringify(report, null, 2));
    else printReport(report, ctx);
    return EXIT.ok;
  },
};
