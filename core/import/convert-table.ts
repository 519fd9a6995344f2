import { cellAddress, type CellProblem } from '../model/cell.js';
import { blankInitiative, type Initiative } from '../model/initiative.js';
import type { ExcludedRowDto } from '../contract/governance-service.js';
import type { Mapping } from '../model/mapping.js';
import { parseDate } from '../values/parse-date.js';
import { analyzeWithMapping, sheetView } from './analyze-table.js';
import { cellText, foldText } from './cell-text.js';
import type { Classification, ClassifiedRow } from './classify-rows.js';
import type { ConvertSettings, ImportedPlan, ImportSource } from './imported-plan.js';
import { readPeriodHeader, yearInText } from './period-header.js';
import { expandPeriod, monthsBetween, splitEvenly } from './phase-periods.js';
import { fieldReader, readFields } from './read-fields.js';
import { resolvePeriods } from './resolve-periods.js';
import type { SheetView } from './sheet-view.js';
import { derivedId, disambiguate } from './stable-id.js';
import { distinguishNames } from './distinguish-names.js';
import { chooseDetailLevel } from './detail-levels.js';
import type { TableFrame } from './table-frame.js';

interface Draft {
  initiative: Initiative;
  row: number;
  /** period → amount, before alignment to the sorted period list. */
  plan: Map<string, number>;
  /** Wide layouts: the plan already aligned with `WIDE_PERIODS` of the conversion. */
  dense?: Float64Array;
}

/**
 * Turn a sheet into register rows with plan series, following a mapping the user confirmed.
 * Never throws for bad cells: they are reported in `problems` with the cell address.
 */
export function convertTable(read: ImportSource, mapping: Mapping, settings: ConvertSettings): ImportedPlan {
  const view = sheetView(read, mapping.sheet);
  if (!view) {
    return {
      periods: [],
      initiatives: [],
      sourceRows: [],
      excluded: [],
      warnings: [
        `Sheet '${mapping.sheet}' is not in the workbook any more: inspect the workbook again and pick a sheet.`,
      ],
      problems: [],
    };
  }
  return buildPlan(view, analyzeWithMapping(view, mapping), mapping, settings);
}

/** The conversion itself, over rows already classified under the mapping. */
export function buildPlan(
  view: SheetView,
  analyzed: { frame: TableFrame; classification: Classification },
  mapping: Mapping,
  settings: ConvertSettings,
): ImportedPlan {
  const { frame, classification } = analyzed;
  const warnings = [...classification.warnings];
  const problems: CellProblem[] = [...classification.problems];
  const scale = mapping.scale || 1;
  warnings.push(...chooseDetailLevel(view, mapping, classification.rows));
  const drafts =
    mapping.layout === 'long'
      ? longDrafts(view, frame, mapping, classification.rows, settings, warnings, problems)
      : wideDrafts(view, frame, mapping, classification.rows, settings, warnings, problems);

  // Every mapped period column counts, even one that is blank in every row.
  const mappedPeriods =
    mapping.layout === 'wide'
      ? mapping.periodColumns.flatMap((p) => expandPeriod(p.period, settings.fiscalYearStart))
      : [];
  const periods = [...new Set([...mappedPeriods, ...drafts.flatMap((d) => [...d.plan.keys()])])].sort();
  const index = new Map(periods.map((p, i) => [p, i]));
  warnings.push(...distinguishNames(view, frame, mapping, drafts));
  const ids = disambiguate(
    drafts.map((d) => d.initiative.id),
    drafts.map((d) => d.row + 1),
    mapping.sheet,
  );
  warnings.push(...ids.messages);
  const initiatives = drafts.map((d, i) => {
    const initiative = { ...d.initiative, id: ids.ids[i] };
    let plan: Float64Array;
    if (d.dense && d.dense.length === periods.length) {
      plan = d.dense;
      if (scale !== 1) for (let k = 0; k < plan.length; k++) plan[k] = plan[k] * scale;
    } else {
      plan = new Float64Array(periods.length).fill(Number.NaN);
      for (const [period, amount] of d.plan) plan[index.get(period)!] = amount * scale;
    }
    initiative.plan = plan;
    initiative.forecast = new Float64Array(periods.length).fill(Number.NaN);
    initiative.actual = new Float64Array(periods.length).fill(Number.NaN);
    return initiative;
  });

  const excluded: ExcludedRowDto[] = classification.rows
    .filter((r) => r.kind === 'excluded' || r.kind === 'total' || r.kind === 'section')
    .map((r) => ({ row: r.row + 1, reason: r.reason }));
  if (classification.formulaBlankRows > 0) {
    warnings.push(`${classification.formulaBlankRows} rows hold only formulas that show nothing: skipped.`);
  }
  checkYearTotals(view, frame, mapping, classification.rows, settings, warnings);
  return { periods, initiatives, sourceRows: drafts.map((d) => d.row + 1), excluded, warnings, problems };
}

function idOf(view: SheetView, r: number, mapping: Mapping, program: string, name: string): string {
  const idCol = mapping.fields.id?.column;
  const own = idCol === undefined ? '' : cellText(view.cell(r, idCol));
  return own !== '' ? own : derivedId(mapping.sheet, program, name);
}

function wideDrafts(
  view: SheetView,
  frame: TableFrame,
  mapping: Mapping,
  rows: readonly ClassifiedRow[],
  settings: ConvertSettings,
  warnings: string[],
  problems: CellProblem[],
): Draft[] {
  const targets = mapping.periodColumns.map((p) => expandPeriod(p.period, settings.fiscalYearStart));
  const phasedYears = mapping.periodColumns.filter((_, k) => targets[k].length > 1);
  if (phasedYears.length > 0) {
    warnings.push(
      `${phasedYears.map((p) => `'${p.header}'`).join(', ')} ${phasedYears.length === 1 ? 'is a yearly figure' : 'are yearly figures'}: spread evenly over the twelve months. Change the phasing in PG Plan if the money comes in unevenly.`,
    );
  }
  const fallbackYear = contextYearOf(frame) ?? settings.defaultYear ?? new Date().getUTCFullYear();
  // With period columns every row shares one sorted period list: fill typed arrays directly.
  const periods = [...new Set(targets.flat())].sort();
  const index = new Map(periods.map((p, i) => [p, i]));
  const targetIndex = targets.map((months) => months.map((m) => index.get(m)!));
  const readRow = fieldReader(view, mapping, problems);
  let phasedTotals = 0;
  const drafts: Draft[] = [];
  for (const row of rows) {
    if (row.kind !== 'initiative') continue;
    const initiative = blankInitiative('', 0);
    readRow(row.row, initiative);
    initiative.program = row.program;
    initiative.id = idOf(view, row.row, mapping, initiative.program, initiative.name);
    const plan = new Map<string, number>();
    let dense: Float64Array | undefined;
    if (mapping.periodColumns.length > 0) {
      dense = new Float64Array(periods.length).fill(Number.NaN);
      for (let k = 0; k < row.values.length; k++) {
        const value = row.values[k];
        if (Number.isNaN(value)) continue;
        const slots = targetIndex[k];
        if (slots.length === 1) {
          const at = slots[0];
          dense[at] = Number.isNaN(dense[at]) ? value : dense[at] + value;
          continue;
        }
        splitEvenly(value, slots.length).forEach((part, i) => {
          const at = slots[i];
          dense![at] = Number.isNaN(dense![at]) ? part : dense![at] + part;
        });
      }
    } else if (row.values.length === 1 && !Number.isNaN(row.values[0])) {
      let months = monthsBetween(initiative.start, initiative.due);
      if (months.length === 0) months = expandPeriod(String(fallbackYear), 1);
      splitEvenly(row.values[0], months.length).forEach((part, i) => plan.set(months[i], part));
      phasedTotals++;
    }
    drafts.push({ initiative, row: row.row, plan, ...(dense ? { dense } : {}) });
  }
  if (phasedTotals > 0 && mapping.fields.planTotal) {
    warnings.push(
      `'${mapping.fields.planTotal.header}' holds one total per initiative: spread evenly over each initiative's months from Start to Due (or over ${fallbackYear} where those are missing).`,
    );
  }
  return drafts;
}

function contextYearOf(frame: TableFrame): number | null {
  for (const text of frame.context) {
    const found = yearInText(text);
    if (found) return found.year;
  }
  return null;
}

/** Long layout: one row per initiative and period, grouped by ID, else by name (and program when needed). */
function longDrafts(
  view: SheetView,
  frame: TableFrame,
  mapping: Mapping,
  rows: readonly ClassifiedRow[],
  settings: ConvertSettings,
  warnings: string[],
  problems: CellProblem[],
): Draft[] {
  const periodCol = mapping.fields.period?.column ?? -1;
  const slashOrder = slashOrderOf(view, frame, periodCol);
  const idCol = mapping.fields.id?.column;
  interface Entry {
    row: ClassifiedRow;
    name: string;
    program: string;
    periods: string[];
  }
  const entries: Entry[] = [];
  for (const row of rows) {
    if (row.kind !== 'initiative') continue;
    const cell = view.cell(row.row, periodCol);
    const periods = periodsOfCell(cell, slashOrder, settings.fiscalYearStart);
    if (periods.length === 0) {
      if (cellText(cell) !== '') {
        problems.push({
          sheet: view.name,
          cell: cellAddress(row.row, periodCol),
          message: `'${cellText(cell)}' is not a month, quarter or date: type a month such as 2027-01 or Jan 2027`,
        });
      }
      if (!Number.isNaN(row.values[0])) {
        row.kind = 'excluded';
        row.reason = 'no period given for its amount';
      }
      continue;
    }
    const name = cellText(view.filled(row.row, mapping.fields.name?.column ?? idCol ?? -1));
    entries.push({ row, name, program: row.program, periods });
  }
  // Group key: the ID; else the name, split by program only where one name has the same period twice.
  const programsByName = new Map<string, Map<string, Set<string>>>();
  for (const e of entries) {
    const byProgram = programsByName.get(e.name) ?? new Map<string, Set<string>>();
    const seen = byProgram.get(e.program) ?? new Set<string>();
    e.periods.forEach((p) => seen.add(p));
    byProgram.set(e.program, seen);
    programsByName.set(e.name, byProgram);
  }
  const splitByProgram = new Set<string>();
  for (const [name, byProgram] of programsByName) {
    const all = new Set<string>();
    let overlap = false;
    for (const periods of byProgram.values()) {
      for (const p of periods) {
        if (all.has(p)) overlap = true;
        all.add(p);
      }
    }
    if (overlap && byProgram.size > 1) splitByProgram.add(name);
  }
  const groups = new Map<string, Entry[]>();
  for (const e of entries) {
    const id = idCol === undefined ? '' : cellText(view.cell(e.row.row, idCol));
    const key =
      id !== ''
        ? `id:${id}`
        : splitByProgram.has(e.name)
          ? `np:${e.name}\u0000${e.program}`
          : `n:${foldText(e.name)}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  const drafts: Draft[] = [];
  for (const group of groups.values()) {
    const first = group[0];
    const programCounts = new Map<string, number[]>();
    for (const e of group)
      programCounts.set(e.program, [...(programCounts.get(e.program) ?? []), e.row.row + 1]);
    const program = [...programCounts.entries()].sort((a, b) => b[1].length - a[1].length)[0][0];
    if (programCounts.size > 1) {
      const others = [...programCounts.entries()].filter(([p]) => p !== program);
      warnings.push(
        `'${first.name}' is listed under ${others.map(([p, r]) => `'${p}' in row${r.length > 1 ? 's' : ''} ${r.join(', ')}`).join(' and ')} but under '${program}' everywhere else: imported as one initiative in '${program}'. Correct the program in the sheet if that is wrong.`,
      );
    }
    const initiative = blankInitiative('', 0);
    readFields(view, first.row.row, mapping, initiative, problems);
    initiative.program = program;
    initiative.id = idOf(view, first.row.row, mapping, program, first.name);
    const plan = new Map<string, number>();
    for (const e of group) {
      const value = e.row.values[0];
      if (Number.isNaN(value)) continue;
      splitEvenly(value, e.periods.length).forEach((part, i) =>
        plan.set(e.periods[i], (plan.get(e.periods[i]) ?? 0) + part),
      );
    }
    drafts.push({ initiative, row: first.row.row, plan });
  }
  return drafts;
}

/** Month-first or day-first for slashed dates, decided once for the column ("1/1/2022" … "12/1/2022" is month-first). */
function slashOrderOf(view: SheetView, frame: TableFrame, column: number): 'mdy' | 'dmy' {
  let firstOver12 = 0;
  let secondOver12 = 0;
  const firsts = new Set<string>();
  const seconds = new Set<string>();
  for (let r = frame.firstRow; r <= frame.lastRow; r++) {
    const m = /^(\d{1,2})[/-](\d{1,2})[/-]\d{2,4}$/.exec(cellText(view.cell(r, column)));
    if (!m) continue;
    firsts.add(m[1]);
    seconds.add(m[2]);
    if (Number(m[1]) > 12) firstOver12++;
    if (Number(m[2]) > 12) secondOver12++;
  }
  if (firstOver12 > 0 && secondOver12 === 0) return 'dmy';
  if (secondOver12 > 0 && firstOver12 === 0) return 'mdy';
  // Monthly exports name the first of each month: the part that never changes is the day.
  return firsts.size === 1 && seconds.size > 1 ? 'dmy' : 'mdy';
}

function periodsOfCell(
  cell: ReturnType<SheetView['cell']>,
  slashOrder: 'mdy' | 'dmy',
  fiscalYearStart: number,
): string[] {
  if (cell === null) return [];
  if (typeof cell === 'string' && /^\d{1,2}[/-]\d{1,2}[/-]\d{2,4}$/.test(cell.trim())) {
    const date = parseDate(cell, { slashOrder });
    return date.ok && date.value ? [date.value.slice(0, 7)] : [];
  }
  const raw = readPeriodHeader(cell);
  if (raw) {
    switch (raw.kind) {
      case 'date':
        return [raw.iso.slice(0, 7)];
      case 'month':
        return raw.year === null ? [] : [`${raw.year}-${String(raw.month).padStart(2, '0')}`];
      case 'quarter':
        return raw.year === null ? [] : [`${raw.year}-Q${raw.quarter}`];
      case 'year':
        return expandPeriod(raw.fiscal ? `FY${raw.year}` : String(raw.year), fiscalYearStart);
    }
  }
  const date = parseDate(cell);
  return date.ok && date.value ? [date.value.slice(0, 7)] : [];
}

/** A yearly total column next to the months ("FY 2027") should equal the row's months: say where it does not. */
function checkYearTotals(
  view: SheetView,
  frame: TableFrame,
  mapping: Mapping,
  rows: readonly ClassifiedRow[],
  settings: ConvertSettings,
  warnings: string[],
): void {
  if (mapping.layout !== 'wide' || mapping.periodColumns.length < 2) return;
  const resolved = resolvePeriods(frame, settings.fiscalYearStart, settings.defaultYear ?? 2000);
  const mappedCols = new Set(mapping.periodColumns.map((p) => p.column));
  const totalCol = resolved.totalColumns.find(
    (c) => !mappedCols.has(c) && readPeriodHeader(frame.headers[c])?.kind === 'year',
  );
  if (totalCol === undefined) return;
  const mismatches: string[] = [];
  for (const row of rows) {
    if (row.kind !== 'initiative') continue;
    const shown = view.cell(row.row, totalCol);
    if (typeof shown !== 'number') continue;
    let sum = 0;
    for (const v of row.values) if (!Number.isNaN(v)) sum += v;
    if (Math.abs(sum - shown) > 0.005 + 1e-9 * Math.abs(shown))
      mismatches.push(cellAddress(row.row, totalCol));
  }
  if (mismatches.length > 0) {
    warnings.push(
      `The yearly total in ${mismatches.slice(0, 5).join(', ')}${mismatches.length > 5 ? ` and ${mismatches.length - 5} more` : ''} differs from the sum of the row's months: the months were imported. Check those rows.`,
    );
  }
}
