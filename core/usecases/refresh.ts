import { guardWrites } from './guard-writes.js';
import { encodeRegisterSheet } from '../codec/encode-register-sheet.js';
import { encodePortfolioSheet } from '../codec/portfolio-sheet.js';
import type { RegisterMetrics } from '../metrics/compute-metrics.js';
import type { CellProblem } from '../model/cell.js';
import type { Register } from '../model/register.js';
import { SHEETS } from '../model/sheets.js';
import { describeWrites } from './describe-writes.js';
import { loadRegister } from './load-register.js';
import { registerMetrics } from './register-metrics.js';
import type { UseCaseDeps } from './use-case-deps.js';

export interface RefreshResult {
  register: Register;
  metrics: RegisterMetrics;
  problems: CellProblem[];
  rowOf: Map<string, number>;
  wrote: string[];
}

/**
 * Recompute from the sheets as they are now (hand edits included) and write the computed
 * columns of PG Register and PG Portfolio. The user's cells are written back exactly as typed.
 * A workbook without PG Register gets nothing written.
 */
export async function refresh(deps: UseCaseDeps): Promise<RefreshResult> {
  const loaded = await loadRegister(deps);
  const metrics = registerMetrics(loaded.register);
  let wrote: string[] = [];
  if (loaded.hasRegister) {
    const sheets = guardWrites(loaded.read, [
      encodeRegisterSheet(loaded.register, metrics.initiatives, {
        grid: loaded.read.grids[SHEETS.register] ?? [],
        rewrite: new Set(),
      }),
      encodePortfolioSheet(metrics.portfolio),
    ]);
    await deps.port.write({ sheets });
    wrote = describeWrites(sheets);
  }
  return { register: loaded.register, metrics, problems: loaded.problems, rowOf: loaded.rowOf, wrote };
}
