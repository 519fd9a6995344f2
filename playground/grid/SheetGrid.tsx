import {
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { mergeClasses } from '@fluentui/react-components';
import { cellAddress, columnLetter, type CellValue, type Grid } from '../../core/index.js';
import type { ColumnKind } from '../../core/index.js';
import { cellText, displayText, parseCellInput } from './parseCellInput.js';
import { columnWidths } from './columnWidths.js';
import { useGridStyles, ROW_HEIGHT_PX } from './gridStyles.js';

interface Props {
  sheet: string;
  grid: Grid;
  /** Column formats: a PG sheet's declared ones, or those guessed for the user's own sheet. */
  kinds?: (ColumnKind | undefined)[];
  /** Rows at the top that are headers (not formatted as data). */
  headerRows?: number;
  onEdit: (row: number, col: number, value: CellValue) => void;
}

/** Extra blank rows and columns past the used range, so a person can type beyond it. */
const MARGIN = 3;
/** Rows drawn above and below the visible ones, so scrolling shows no blank band. */
const OVERSCAN_ROWS = 20;
const ROW_HEADER_PX = 40;

/**
 * The cells of one sheet with A1 column letters and row numbers. Only the rows and columns in
 * view (and a margin) are drawn, so a file of ten thousand lines scrolls as lightly as the sample. A cell is
 * edited by double-click, Enter or F2; Enter saves, Escape cancels.
 */
export function SheetGrid({ sheet, grid, kinds = [], headerRows = 1, onEdit }: Props) {
  const s = useGridStyles();
  const [editing, setEditing] = useState<{ row: number; col: number; text: string } | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const view = useViewport(scroller);
  const overscan = useOverscan();
  const rows = grid.length + MARGIN;
  const cols = Math.max(0, ...grid.map((r) => r.length)) + MARGIN;
  const show = (value: CellValue, row: number, col: number) =>
    row < headerRows ? cellText(value) : displayText(value, kinds[col]);
  const widths = useMemo(
    () => columnWidths(grid, cols, (value, col) => displayText(value, kinds[col])),
    [grid, cols, kinds],
  );
  const first = Math.max(0, Math.floor(view.top / ROW_HEIGHT_PX) - overscan.rows);
  const last = Math.min(rows, Math.ceil((view.top + view.height) / ROW_HEIGHT_PX) + overscan.rows);
  const columns = columnWindow(widths, view.left - ROW_HEADER_PX, view.width, overscan.px);
  const drawn = Array.from({ length: columns.last - columns.first }, (_, i) => columns.first + i);
  const numberCell = mergeClasses(s.cell, s.number);

  const commit = () => {
    if (!editing) return;
    const before = cellText(grid[editing.row]?.[editing.col]);
    if (editing.text !== before) onEdit(editing.row, editing.col, parseCellInput(editing.text));
    setEditing(null);
  };
  // One listener for all cells: the cell's position is on the element.
  const positionOf = (e: MouseEvent | KeyboardEvent) => {
    const cell = (e.target as HTMLElement).closest<HTMLElement>('td[data-row]');
    return cell ? { row: Number(cell.dataset.row), col: Number(cell.dataset.col) } : null;
  };
  const startEditing = (at: { row: number; col: number } | null) =>
    at && setEditing({ ...at, text: cellText(grid[at.row]?.[at.col]) });

  return (
    <div ref={scroller} className={s.scroller}>
      <table
        className={s.table}
        aria-label={`Cells of ${sheet}`}
        aria-rowcount={rows + 1}
        aria-colcount={cols + 1}
        style={{ width: ROW_HEADER_PX + widths.reduce((a, b) => a + b, 0) }}
      >
        <colgroup>
          <col style={{ width: ROW_HEADER_PX }} />
          {columns.before > 0 && <col style={{ width: columns.before }} />}
          {drawn.map((c) => (
            <col key={c} style={{ width: widths[c] }} />
          ))}
          {columns.after > 0 && <col style={{ width: columns.after }} />}
        </colgroup>
        <thead>
          <tr>
            <th className={s.corner} aria-label="Row numbers" />
            {columns.before > 0 && <th aria-hidden="true" className={s.colHead} />}
            {drawn.map((c) => (
              <th key={c} scope="col" className={s.colHead}>
                {columnLetter(c)}
              </th>
            ))}
            {columns.after > 0 && <th aria-hidden="true" className={s.colHead} />}
          </tr>
        </thead>
        <tbody
          onDoubleClick={(e) => startEditing(positionOf(e))}
          onKeyDown={(e) => {
            if (editing || (e.key !== 'Enter' && e.key !== 'F2')) return;
            const at = positionOf(e);
            if (!at) return;
            e.preventDefault();
            startEditing(at);
          }}
        >
          {first > 0 && <tr aria-hidden="true" style={{ height: first * ROW_HEIGHT_PX }} />}
          {Array.from({ length: last - first }, (_, i) => {
            const r = first + i;
            return (
              <tr key={r} aria-rowindex={r + 2}>
                <th scope="row" className={s.rowHead}>
                  {r + 1}
                </th>
                {columns.before > 0 && <td aria-hidden="true" className={s.cell} />}
                {drawn.map((c) => {
                  const value = grid[r]?.[c] ?? null;
                  const address = cellAddress(r, c);
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
                  const text = show(value, r, c);
                  return (
                    <td
                      key={c}
                      tabIndex={0}
                      data-cell={address}
                      data-row={r}
                      data-col={c}
                      title={text ? `${address}: ${cellText(value)}` : undefined}
                      className={typeof value === 'number' ? numberCell : s.cell}
                    >
                      {text}
                    </td>
                  );
                })}
                {columns.after > 0 && <td aria-hidden="true" className={s.cell} />}
              </tr>
            );
          })}
          {last < rows && <tr aria-hidden="true" style={{ height: (rows - last) * ROW_HEIGHT_PX }} />}
        </tbody>
      </table>
    </div>
  );
}

/**
 * How far past the view to draw. The first render draws only what is in view, so the page shows
 * sooner; the margin that keeps scrolling smooth follows once the browser is idle.
 */
function useOverscan(): { rows: number; px: number } {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(() => setReady(true), { timeout: 500 });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(() => setReady(true), 50);
    return () => clearTimeout(id);
  }, []);
  return ready ? { rows: OVERSCAN_ROWS, px: OVERSCAN_PX } : { rows: 0, px: 0 };
}

interface Viewport {
  top: number;
  left: number;
  height: number;
  width: number;
}

/** The window size assumed where there is none: the build's prerender, and hydrating what it drew. */
const ASSUMED_WINDOW = { height: 800, width: 1280 };
const noSubscription = () => () => undefined;

/** The scroll position and size of the grid's box, kept current as it scrolls and resizes. */
function useViewport(box: React.RefObject<HTMLDivElement | null>): Viewport {
  // Before the first measurement, assume the window's size: enough cells for any first paint.
  const height = useSyncExternalStore(
    noSubscription,
    () => window.innerHeight,
    () => ASSUMED_WINDOW.height,
  );
  const width = useSyncExternalStore(
    noSubscription,
    () => window.innerWidth,
    () => ASSUMED_WINDOW.width,
  );
  const [measured, setMeasured] = useState<Viewport | null>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const next = { top: el.scrollTop, left: el.scrollLeft, height: el.clientHeight, width: el.clientWidth };
      setMeasured((v) =>
        v && v.top === next.top && v.left === next.left && v.height === next.height && v.width === next.width
          ? v
          : next,
      );
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    el.addEventListener('scroll', onScroll, { passive: true });
    const resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(onScroll);
    resize?.observe(el);
    return () => {
      el.removeEventListener('scroll', onScroll);
      resize?.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [box]);
  return measured ?? { top: 0, left: 0, height, width };
}

/** Extra width drawn left and right of the visible columns, so sideways scrolling shows no gap. */
const OVERSCAN_PX = 400;

/**
 * The columns to draw for a view `width` wide scrolled `left` pixels into the cells (and
 * `overscanPx` either side), and the
 * widths of the undrawn columns before and after them (kept as two spacer columns).
 */
export function columnWindow(
  widths: readonly number[],
  left: number,
  width: number,
  overscanPx = OVERSCAN_PX,
): { first: number; last: number; before: number; after: number } {
  let x = 0;
  let first = widths.length;
  let before = 0;
  let last = widths.length;
  for (let c = 0; c < widths.length; c++) {
    const end = x + widths[c];
    if (first === widths.length && end > left - overscanPx) {
      first = c;
      before = x;
    }
    if (x > left + width + overscanPx) {
      last = c;
      break;
    }
    x = end;
  }
  const total = widths.reduce((a, b) => a + b, 0);
  const drawn = widths.slice(first, last).reduce((a, b) => a + b, 0);
  return { first, last, before, after: total - before - drawn };
}
