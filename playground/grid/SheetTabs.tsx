import { mergeClasses } from '@fluentui/react-components';
import { isPlanGateSheet } from '../../core/index.js';
import { useGridStyles } from './gridStyles.js';

/** One button per sheet in tab order; PlanGate's sheets are set in italics. */
export function SheetTabs({
  names,
  current,
  onSelect,
}: {
  names: string[];
  current: string;
  onSelect: (n: string) => void;
}) {
  const s = useGridStyles();
  return (
    <div role="tablist" aria-label="Sheets" className={s.tabs}>
      {names.map((name) => (
        <button
          key={name}
          type="button"
          role="tab"
          aria-selected={name === current}
          className={mergeClasses(s.tab, name === current && s.tabSelected, isPlanGateSheet(name) && s.pgTab)}
          onClick={() => onSelect(name)}
        >
          {name}
        </button>
      ))}
    </div>
  );
}
