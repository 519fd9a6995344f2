/**
 * Every single-cell change in every PG sheet of a signed-off register, every row deletion,
 * duplication and swap, every sheet deletion: `verify` names each at its cell, or the change is
 * one PlanGate does not seal — a rule listed in core/seal/README.md ("What is not sealed").
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMPUTED_SUFFIX } from '../../../core/codec/computed-columns.js';
import { cellAddress, type CellValue, type Grid } from '../../../core/model/cell.js';
import { PG_SHEETS, SHEETS } from '../../../core/model/sheets.js';
import { MemoryWorkbook } from '../../../core/port/memory-workbook.js';
import { verify } from '../../../core/usecases/verify.js';
import { signedOffRegister } from './signed-off-register.js';

const clock = () => new Date('2027-07-02T09:00:00.000Z');

interface Tamper {
  sheet: string;
  what: string;
  /** The changed cell (A1), or the affected row (1-based) for row changes. */
  cell?: string;
  row?: number;
  apply: (grid: Grid) => Grid | null;
}

/** Where findings point: exact cell or a range holding it, or only somewhere in the sheet. */
type Outcome = 'at its cell' | 'in its row or column' | 'elsewhere' | 'explained' | 'missed';

const SEALED_REGISTER = new Set([
  'ID',
  'DoI',
  'State',
  'Target',
  'Confirmed value',
  'Confirmed by',
  'Confirmed at',
  'Evidence',
  'Owner',
  'Controller',
]);

/** The rules of core/seal/README.md, "What is not sealed", as predicates over a tamper. */
function explanation(base: Record<string, Grid>, tamper: Tamper): string | null {
  const grid = base[tamper.sheet] ?? [];
  const header = (grid[0] ?? []).map((c) => String(c ?? ''));
  const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(tamper.cell ?? '') ?? [];
  const col = letters ? letters.charCodeAt(letters.length - 1) - 65 + 26 * (letters.length - 1) : -1;
  const row = tamper.row ?? (digits ? Number(digits) : 0);
  const id = row > 1 ? String(grid[row - 1]?.[0] ?? '') : '';
  const closed = id === 'CAMP-01';
  if (tamper.sheet === SHEETS.portfolio) return 'PG Portfolio is output only';
  if (tamper.sheet === SHEETS.snapshots) return 'PG Snapshots are not sealed';
  if (tamper.what === 'swap' && tamper.sheet !== SHEETS.audit) return 'rows are read by ID or key';
  if (tamper.sheet === SHEETS.settings && row === 1) return 'the PG Settings header row is a label';
  if (tamper.sheet === SHEETS.register && tamper.cell) {
    if (header[col]?.endsWith(COMPUTED_SUFFIX)) return 'computed columns are recomputed';
    if (!SEALED_REGISTER.has(header[col])) return 'descriptive fields are not sealed';
    if (row === 1) return null;
    if (!closed && !['ID', 'DoI', 'State'].includes(header[col]))
      return 'only a closed initiative’s values are sealed';
    const before = String(grid[row - 1][col] ?? '');
    if (header[col] === 'DoI' && tamper.what === 'change') return 'a DoI is read by its number';
    if (header[col] === 'State' && tamper.what === 'blank' && before === 'active')
      return 'a blank State reads as active';
  }
  if (tamper.sheet === SHEETS.forecast) return 'forecasts are not sealed';
  if ((tamper.sheet === SHEETS.plan || tamper.sheet === SHEETS.actual) && row > 1 && !closed)
    return 'only a closed initiative’s values are sealed';
  return null;
}

function contains(range: string, cell: string): boolean {
  const parts = range.split(':');
  if (parts.length === 1) return range === cell;
  const at = (a: string) => /^([A-Z]+)(\d+)$/.exec(a)!;
  const [, c0, r0] = at(parts[0]);
  const [, c1, r1] = at(parts[1]);
  const [, c, r] = at(cell);
  return c >= c0 && c <= c1 && Number(r) >= Number(r0) && Number(r) <= Number(r1);
}

function changed(value: CellValue): CellValue[] {
  if (value === null || value === '') return [1];
  if (typeof value === 'number') return [value + 1, null];
  if (typeof value === 'boolean') return [!value, null];
  return [`${value}x`, null];
}

function tampers(base: Record<string, Grid>): Tamper[] {
  const list: Tamper[] = [];
  for (const sheet of PG_SHEETS) {
    const grid = base[sheet];
    if (!grid) continue;
    grid.forEach((cells, r) =>
      cells.forEach((value, c) => {
        for (const next of changed(value)) {
          list.push({
            sheet,
            what: next === null ? 'blank' : 'change',
            cell: cellAddress(r, c),
            apply: (g) =>
              g.map((row, rr) => (rr === r ? row.map((v, cc) => (cc === c ? next : v)) : [...row])),
          });
        }
      }),
    );
    for (let r = 1; r < grid.length; r++) {
      list.push({ sheet, what: 'delete row', row: r + 1, apply: (g) => g.filter((_, rr) => rr !== r) });
      list.push({
        sheet,
        what: 'duplicate row',
        row: r + 1,
        apply: (g) => [...g.slice(0, r + 1), [...g[r]], ...g.slice(r + 1)],
      });
      if (r + 1 < grid.length)
        list.push({
          sheet,
          what: 'swap',
          row: r + 1,
          apply: (g) => g.map((row, rr) => [...(rr === r ? g[r + 1] : rr === r + 1 ? g[r] : row)]),
        });
    }
    list.push({ sheet, what: 'delete sheet', apply: () => null });
  }
  return list;
}

async function outcomeOf(
  base: Record<string, Grid>,
  tamper: Tamper,
): Promise<{ outcome: Outcome; why: string }> {
  const grids: Record<string, Grid> = {};
  for (const [name, grid] of Object.entries(base)) {
    const next = name === tamper.sheet ? tamper.apply(grid) : grid;
    if (next) grids[name] = next;
  }
  const { result } = await verify({ port: new MemoryWorkbook(grids), clock });
  const explained = explanation(base, tamper);
  if (result.findings.length === 0)
    return explained ? { outcome: 'explained', why: explained } : { outcome: 'missed', why: '' };
  const here = result.findings.filter((f) => f.sheet === tamper.sheet);
  const where = (f: { cell: string | null }) => f.cell ?? '';
  if (tamper.cell && here.some((f) => f.cell && contains(f.cell, tamper.cell!)))
    return { outcome: 'at its cell', why: '' };
  const rowOf = (cell: string) => Number(/\d+$/.exec(cell.split(':')[0])?.[0] ?? 0);
  const colOf = (cell: string) => /^[A-Z]+/.exec(cell)?.[0] ?? '';
  // A duplicate is the row below its original; a deleted row's place is gone.
  const row = tamper.row
    ? tamper.row + (tamper.what === 'duplicate row' ? 1 : 0)
    : tamper.cell
      ? rowOf(tamper.cell)
      : 0;
  if (
    here.some(
      (f) =>
        f.cell === null ||
        tamper.what === 'delete row' ||
        (row > 0 && rowOf(where(f)) === row) ||
        (tamper.cell !== undefined && colOf(where(f)) === colOf(tamper.cell)),
    ) ||
    (tamper.what === 'delete sheet' && result.findings.length > 0)
  )
    return { outcome: 'in its row or column', why: '' };
  return { outcome: 'elsewhere', why: result.findings.map((f) => `${f.sheet} ${f.cell}`).join(', ') };
}

describe('tamper suite over a signed-off register', () => {
  it('verify names every change to a sealed cell, row or sheet; the rest is explained', async () => {
    const base = await signedOffRegister();
    const all = tampers(base);
    const counts: Record<Outcome, number> = {
      'at its cell': 0,
      'in its row or column': 0,
      elsewhere: 0,
      explained: 0,
      missed: 0,
    };
    const missed: string[] = [];
    const reasons = new Map<string, number>();
    const elsewhere: string[] = [];
    for (const tamper of all) {
      const { outcome, why } = await outcomeOf(base, tamper);
      counts[outcome]++;
      const label = `${tamper.sheet} ${tamper.what} ${tamper.cell ?? `row ${tamper.row ?? ''}`}`;
      if (outcome === 'missed') missed.push(label);
      if (outcome === 'explained') reasons.set(why, (reasons.get(why) ?? 0) + 1);
      if (outcome === 'elsewhere') elsewhere.push(`${label} → ${why}`);
    }
    const detected = counts['at its cell'] + counts['in its row or column'] + counts.elsewhere;
    console.log(
      `tamper suite: ${all.length} tampers — detected ${detected} (at its cell ${counts['at its cell']}, in its row or column ${counts['in its row or column']}, elsewhere ${counts.elsewhere}), explained ${counts.explained}, missed ${counts.missed}`,
    );
    console.log(`explained by rule:\n${[...reasons].map(([why, n]) => `  ${n} × ${why}`).join('\n')}`);
    // Every rule used is one core/seal/README.md documents.
    const readme = readFileSync(new URL('../../../core/seal/README.md', import.meta.url), 'utf8');
    expect([...reasons.keys()].filter((why) => !readme.includes(why))).toEqual([]);
    if (elsewhere.length > 0) console.log(`detected elsewhere:\n${elsewhere.join('\n')}`);
    if (missed.length > 0) console.log(`missed:\n${missed.join('\n')}`);
    expect(missed).toEqual([]);
  }, 300_000);
});
