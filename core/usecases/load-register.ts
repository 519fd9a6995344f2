import { decodeRegister, type RegisterDecode } from '../codec/decode-register.js';
import type { CellProblem } from '../model/cell.js';
import { SHEETS } from '../model/sheets.js';
import type { WorkbookRead } from '../contract/workbook-port.js';
import { settingsProblems } from './settings-problems.js';
import { todayOf, type UseCaseDeps } from './use-case-deps.js';

/** The PG sheets a use case reads (PG Portfolio is output only). */
export const REGISTER_SHEETS: readonly string[] = [
  SHEETS.register,
  SHEETS.plan,
  SHEETS.forecast,
  SHEETS.actual,
  SHEETS.audit,
  SHEETS.settings,
  SHEETS.snapshots,
];

export interface LoadedRegister extends RegisterDecode {
  read: WorkbookRead;
  /** The problems of PG Settings that read cell by cell but do not work together (a ladder the gates cannot govern); also in `problems`. */
  settingsConflicts: readonly CellProblem[];
}

/** The use case's one read: every PG sheet, plus any user sheet it needs (a plan or an export to import). */
export async function loadRegister(
  deps: UseCaseDeps,
  alsoRead: readonly string[] = [],
): Promise<LoadedRegister> {
  const read = await deps.port.read([
    ...REGISTER_SHEETS,
    ...alsoRead.filter((s) => !REGISTER_SHEETS.includes(s)),
  ]);
  const decoded = decodeRegister(read, { today: todayOf(deps) });
  const { add, replace } = settingsProblems(
    decoded.register.settings,
    read.grids[SHEETS.settings],
    decoded.problems,
  );
  const problems = [...decoded.problems.map((p) => replace.get(p) ?? p), ...add];
  return { read, ...decoded, problems, settingsConflicts: add };
}
