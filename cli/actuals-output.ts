import type { ActualsMapping } from '../core/index.js';
import type { ActualsReportDto, ActualsWarningDto, ExcludedRowDto } from '../core/index.js';
import type { CliContext } from './cli-context.js';
import { money, plural } from './format.js';

/** `actuals --json`: the shape documented in cli/README.md. */
export interface ActualsJson {
  register: string;
  export: string;
  /** The file written, or null when nothing changed and the register was left as it was. */
  output: string | null;
  currency: string;
  mapping: {
    sheet: string;
    headerRow: number;
    layout: 'long' | 'wide';
    key: string;
    date: string | null;
    amount: string | null;
    periodColumns: { header: string; period: string }[];
    stage: { header: string; won: string[] } | null;
  } | null;
  matchedRows: number;
  periods: string[];
  total: number;
  updatedInitiatives: number;
  unchanged: boolean;
  unmatched: ActualsReportDto['unmatched'];
  ambiguous: ActualsReportDto['ambiguous'];
  excluded: ExcludedRowDto[];
  warnings: ActualsWarningDto[];
  wrote: string[];
  notes: string[];
}

function mappingJson(m: ActualsMapping | null | undefined): ActualsJson['mapping'] {
  if (!m) return null;
  return {
    sheet: m.sheet,
    headerRow: m.headerRow,
    layout: m.layout,
    key: m.key.header,
    date: m.period?.header ?? null,
    amount: m.amount?.header ?? null,
    periodColumns: m.periodColumns.map((p) => ({ header: p.header, period: p.period })),
    stage: m.stage ? { header: m.stage.header, won: m.stage.won } : null,
  };
}

/** Where a warning is, as a spreadsheet formula would name it: `CRM export!C5`. */
export function warningLine(w: ActualsWarningDto): string {
  const where = w.sheet === null ? '' : w.cell === null ? `${w.sheet}: ` : `${w.sheet}!${w.cell}: `;
  return `! ${where}${w.message}`;
}

export function printActuals(
  report: ActualsReportDto,
  mapping: ActualsMapping | null,
  currency: string,
  ctx: CliContext,
): void {
  const m = mapping;
  if (m) {
    const cols =
      m.layout === 'wide'
        ? `${m.periodColumns.length} period columns`
        : `date "${m.period?.header ?? '—'}", amount "${m.amount?.header ?? '—'}"`;
    ctx.out(
      `Sheet '${m.sheet}', header row ${m.headerRow}: key "${m.key.header}", ${cols}${m.stage ? `, only ${m.stage.header} = ${m.stage.won.join(' / ')}` : ''}`,
    );
  }
  const span =
    report.periods.length > 0
      ? `${report.periods[0]} … ${report.periods[report.periods.length - 1]}`
      : 'no periods';
  ctx.out(
    `${plural(report.matchedRows, 'row')} booked, ${money(report.total, currency)} over ${span}; ${plural(report.updatedInitiatives, 'initiative')} changed.`,
  );
  const excluded = report.excluded ?? [];
  if (excluded.length > 0) {
    const byReason = new Map<string, number[]>();
    for (const e of excluded) {
      const key = e.reason.replace(/"[^"]*"/g, '"…"');
      byReason.set(key, [...(byReason.get(key) ?? []), e.row]);
    }
    ctx.out(`${plural(excluded.length, 'row')} not booked:`);
    for (const [reason, rows] of byReason) {
      ctx.out(
        `  ${reason.padEnd(10)} rows ${rows.slice(0, 6).join(', ')}${rows.length > 6 ? ` … (${rows.length})` : ''}`,
      );
    }
  }
  // Unmatched and ambiguous rows are summed up in the warnings; --json lists every one.
  for (const w of report.warnings ?? []) ctx.out(warningLine(w));
}

/** The `--json` answer: the report with every row, the columns chosen and what was written. */
export function actualsJson(
  report: ActualsReportDto,
  mapping: ActualsMapping | null,
  run: {
    registerPath: string;
    exportPath: string;
    written: string | null;
    currency: string;
    notes: string[];
  },
): ActualsJson {
  return {
    register: run.registerPath,
    export: run.exportPath,
    output: run.written,
    currency: run.currency,
    mapping: mappingJson(mapping),
    matchedRows: report.matchedRows,
    periods: report.periods,
    total: report.total,
    updatedInitiatives: report.updatedInitiatives,
    unchanged: report.unchanged,
    unmatched: report.unmatched,
    ambiguous: report.ambiguous,
    excluded: report.excluded ?? [],
    warnings: report.warnings ?? [],
    wrote: report.wrote,
    notes: run.notes,
  };
}
