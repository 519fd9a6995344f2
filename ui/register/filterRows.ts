import type { FlagCode, ValueStatus } from '../../core/index.js';
import type { State } from '../../core/index.js';
import type { InitiativeRowDto } from '../../core/index.js';

export interface RegisterFilter {
  text: string;
  doi: number | null;
  state: State | null;
  valueStatus: ValueStatus | null;
  owner: string | null;
  program: string | null;
  flag: FlagCode | null;
}

export const NO_FILTER: RegisterFilter = {
  text: '',
  doi: null,
  state: null,
  valueStatus: null,
  owner: null,
  program: null,
  flag: null,
};

/** Rows matching every set criterion; text matches ID, name, program, owner or a flag reason. */
export function filterRows(rows: InitiativeRowDto[], f: RegisterFilter): InitiativeRowDto[] {
  const needle = f.text.trim().toLocaleLowerCase();
  return rows.filter(
    (r) =>
      (f.doi === null || r.doi === f.doi) &&
      (f.state === null || r.state === f.state) &&
      (f.valueStatus === null || r.valueStatus === f.valueStatus) &&
      (f.owner === null || r.owner === f.owner) &&
      (f.program === null || r.program === f.program) &&
      (f.flag === null || r.flags.some((x) => x.code === f.flag)) &&
      (!needle ||
        [r.id, r.name, r.program, r.owner, ...r.flags.map((x) => x.reason)].some((t) =>
          t.toLocaleLowerCase().includes(needle),
        )),
  );
}

/** Distinct non-empty values of a text column, sorted, for filter dropdowns. */
export function distinct(rows: InitiativeRowDto[], pick: (r: InitiativeRowDto) => string): string[] {
  return [...new Set(rows.map(pick).filter(Boolean))].sort((a, b) => a.localeCompare(b));
}
