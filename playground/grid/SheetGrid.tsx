import { useState, type KeyboardEvent } from 'react';
import { mergeClasses } from '@fluentui/react-components';
import { cellAddress, columnLetter, type CellValue, type Grid } from '../../core/model/cell.js';
import type { ColumnKind } from '../../core/port/workbook-port.js';
import { cellText, displayText, parseCellInput } from './parseCellInput.js';
import { useGridStyles } from './gridStyles.js';

interface Props {
  sheet: string;
  grid: Grid;
  /** Column formats of a PG sheet, so dates read as dates; the user's sheets have none here. */
  kinds?: ColumnKind[];
  /** Rows at the top that are headers (not formatted as data). */
  headerRows?: number;
  onEdit: (row: number, col: number, value: CellValue) => void;
}

/** Extra blank rows and columns past the used range, so a person can type beyond it. */
const MARGIN = 3;

/**
 * The cells of one sheet with A1 column letters and row numbers. A cell is edited by
 * double-click, Enter or F2; Enter saves, Escape cancels.
 */
export function SheetGrid({ sheet, grid, kinds = [], headerRows = 1, onEdit }: Props) {
  const s = useGridStyles();
  const [editing, setEditing] = useState<{ row: number; col: number; text: string } | null>(null);
  const rows = grid.length + MARGIN;
  const cols = Math.max(0, ...grid.map((r) => r.length)) + MARGIN;

  const commit = () => {
    if (!editing) return;
    const before = cellText(grid[editing.row]?.[editing.col]);
    if (editing.text !== before) onEdit(editing.row, editing.col, parseCellInput(editing.text));
    setEditing(null);
  };
  const startKey = (e: KeyboardEvent, row: number, col: number) => {
    if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      setEditing({ row, col, text: cellText(grid[row]?.[col]) });
    }
  };

  return (
    <table className={s.table} aria-label={`Cells of ${sheet}`}>
      <thead>
        <tr>
          <th className={s.corner} aria-label="Row numbers" />
          {Array.from({ length: cols }, (_, c) => (
            <th key={c} scope="col" className={s.colHead}>
              {columnLetter(c)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: rows }, (_, r) => (
          <tr key={r}>
            <th scope="row" className={s.rowHead}>
              {r + 1}
            </th>
            {Array.from({ length: cols }, (_, c) => {
              const value = grid[r]?.[c] ?? null;
              const address = cellAddress(r, c);
              const shown = r < headerRows ? cellText(value) : displayText(value, kinds[c]);
              if (editing && editing.row === r && editing.col === c)
                return (
                  <td key={c} className={s.cell}>
                    <input
                      autoFocus
                      aria-label={`Edit ${sheet}!${address}`}
                      className={s.editor}
                      value={editing.text}
                      onChange={(e) => setEditing({ ...editing, text: e.target.value })}
                      onBlur={commit}
                      onKeyDown={(e) => {
                        if (e.key === 'Enter') commit();
                        if (e.key === 'Escape') setEditing(null);
                      }}
                    />
                  </td>
                );
              return (
                <td
                  key={c}
                  tabIndex={0}
                  data-cell={address}
                  title={`${address}: ${cellText(value)}`}
                  className={mergeClasses(s.cell, typeof value === 'number' && s.number)}
                  onDoubleClick={() => setEditing({ row: r, col: c, text: cellText(value) })}
                  onKeyDown={(e) => startKey(e, r, c)}
                >
                  {shown}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
