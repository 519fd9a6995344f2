import type { Period } from '../model/period.js';
import type { Register } from '../model/register.js';
import { sameAmount } from '../metrics/cents.js';
import type { ActualsLine } from './actuals-types.js';

export interface Booking {
  register: Register;
  /** The register periods the export covers: from its first to its last dated row. */
  covered: Period[];
  /** IDs whose PG Actual row changed. */
  updated: string[];
  /**
   * Signed-off initiatives whose sealed actuals the export would change: not booked. Their
   * export rows and the amount the export has for them in the periods it covers.
   */
  sealed: { id: string; rows: number[]; amount: number }[];
}

const cents = (v: number): number => Math.round(v * 100) / 100;

/**
 * Replace — never add to — the actuals of every initiative the export names, in every period
 * the export covers: the export's sum, or 0 where it covers the period but has no row for the
 * initiative. Initiatives the export does not name keep their actuals. So importing the same
 * export twice gives the same register, and a deal moved to another month moves its amount.
 * A signed-off (closed) initiative keeps its sealed actuals: what the export would change is
 * listed in `sealed`, never booked.
 */
export function bookActuals(
  register: Register,
  lines: ActualsLine[],
  coverage: ReadonlySet<Period>,
): Booking {
  const seen = register.periods.filter((p) => coverage.has(p));
  if (seen.length === 0) return { register, covered: [], updated: [], sealed: [] };
  const first = register.periods.indexOf(seen[0]);
  const last = register.periods.indexOf(seen[seen.length - 1]);
  const covered = register.periods.slice(first, last + 1);

  const sums = new Map<string, Float64Array>();
  for (const line of lines) {
    const id = line.ids[0];
    const series = sums.get(id) ?? new Float64Array(register.periods.length);
    series[register.periods.indexOf(line.period)] += line.amount;
    sums.set(id, series);
  }

  const updated: string[] = [];
  const sealed: Booking['sealed'] = [];
  const initiatives = register.initiatives.map((initiative) => {
    const sum = sums.get(initiative.id);
    if (!sum) return initiative;
    const actual = initiative.actual.slice();
    for (let p = first; p <= last; p++) actual[p] = cents(sum[p]);
    const changed = actual.some((v, p) => !sameAmount(v, initiative.actual[p]));
    if (!changed) return initiative;
    if (initiative.state === 'closed') {
      // Sealed at sign-off: only a controller's re-open lets new actuals in.
      const own = lines.filter((line) => line.ids[0] === initiative.id);
      const amount = cents(own.reduce((total, line) => total + line.amount, 0));
      sealed.push({ id: initiative.id, rows: own.map((line) => line.row), amount });
      return initiative;
    }
    updated.push(initiative.id);
    return { ...initiative, actual };
  });
  return { register: updated.length > 0 ? { ...register, initiatives } : register, covered, updated, sealed };
}
