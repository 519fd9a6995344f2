import { useEffect, useState, useSyncExternalStore } from 'react';
import { Text } from '@fluentui/react-components';
import type { ObservableWorkbook } from '../observable-workbook.js';
import { SheetGrid } from './SheetGrid.js';
import { SheetTabs } from './SheetTabs.js';
import { useGridStyles } from './gridStyles.js';

/** The in-memory workbook as a person sees a spreadsheet: tabs, letters, numbers, editable cells. */
export function GridView({ workbook }: { workbook: ObservableWorkbook }) {
  const s = useGridStyles();
  const version = useWorkbookVersion(workbook);
  const names = workbook.book.sheetNames();
  const [current, setCurrent] = useState(names[0] ?? '');
  // A sheet can disappear (never in practice) or not exist yet: fall back to the first.
  useEffect(() => {
    if (!names.includes(current) && names[0]) setCurrent(names[0]);
  }, [names, current]);
  const grid = workbook.book.grid(current) ?? [];
  const layout = workbook.book.layout(current);
  return (
    <section className={s.root} aria-label="Workbook" data-version={version}>
      <SheetTabs names={names} current={current} onSelect={setCurrent} />
      <Text className={s.address}>
        Double-click a cell (or press Enter) to change it, as you would in Excel. PlanGate's sheets start with
        "PG".
      </Text>
      <div className={s.scroller}>
        <SheetGrid
          key={current}
          sheet={current}
          grid={grid}
          kinds={layout?.columns.map((c) => c.kind)}
          headerRows={layout?.headerRows}
          onEdit={(row, col, value) => workbook.typeCell(current, row, col, value)}
        />
      </div>
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
  return useSyncExternalStore(store.subscribe, store.get);
}
