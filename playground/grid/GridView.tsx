import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { Text } from '@fluentui/react-components';
import type { ObservableWorkbook } from '../observable-workbook.js';
import { guessColumnKinds } from './guessColumnKinds.js';
import { SheetGrid } from './SheetGrid.js';
import { SheetTabs } from './SheetTabs.js';
import { useGridStyles } from './gridStyles.js';

/** The in-memory workbook as a person sees a spreadsheet: tabs, letters, numbers, editable cells. */
export function GridView({ workbook }: { workbook: ObservableWorkbook }) {
  const s = useGridStyles();
  const version = useWorkbookVersion(workbook);
  // Read again only when the workbook changed, so the fallback effect below does not run every render.
  const names = useMemo(() => workbook.book.sheetNames(), [workbook, version]);
  const [current, setCurrent] = useState(names[0] ?? '');
  // A sheet can disappear (never in practice) or not exist yet: fall back to the first.
  useEffect(() => {
    if (!names.includes(current) && names[0]) setCurrent(names[0]);
  }, [names, current]);
  // Read again only when the workbook changed (`version`) or another sheet is shown.
  const { grid, layout, kinds } = useMemo(() => {
    const grid = workbook.book.grid(current) ?? [];
    const layout = workbook.book.layout(current);
    // PG sheets declare their column formats; the user's own sheets get theirs guessed (dates).
    return { grid, layout, kinds: layout?.columns.map((c) => c.kind) ?? guessColumnKinds(grid) };
  }, [workbook, current, version]);
  return (
    <section className={s.root} aria-label="Workbook" data-version={version}>
      <SheetTabs names={names} current={current} onSelect={setCurrent} />
      <Text className={s.address}>
        Double-click a cell (or press Enter) to change it, as you would in Excel. PlanGate's sheets start with
        "PG".
      </Text>
      <SheetGrid
        key={current}
        sheet={current}
        grid={grid}
        kinds={kinds}
        headerRows={layout?.headerRows}
        onEdit={(row, col, value) => workbook.typeCell(current, row, col, value)}
      />
    </section>
  );
}

function useWorkbookVersion(workbook: ObservableWorkbook): number {
  const [store] = useState(() => {
    let version = 0;
    return {
      subscribe: (onChange: () => void) =>
        workbook.onAnyChange(() => {
          version++;
          onChange();
        }),
      get: () => version,
    };
  });
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
