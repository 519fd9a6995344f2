import type { ExcludedRowDto } from '../../core/index.js';
import { usePaneStyles } from '../common/layout.js';

/** Rows that will not become initiatives (totals, sections, blanks), each with its reason. */
export function ExcludedRows({ rows }: { rows: ExcludedRowDto[] }) {
  const s = usePaneStyles();
  if (rows.length === 0) return null;
  return (
    <details>
      <summary>{rows.length} row(s) excluded</summary>
      <ul className={s.list} aria-label="Excluded rows">
        {[...rows]
          .sort((a, b) => a.row - b.row)
          .map((r) => (
            <li key={r.row}>
              Row {r.row}: {r.reason}
            </li>
          ))}
      </ul>
    </details>
  );
}
