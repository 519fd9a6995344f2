import { usePaneStyles } from './layout.js';

/** Label/value pairs as a description list, laid out as tiles that wrap on narrow panes. */
export function Figures({ items, label }: { items: [string, string][]; label: string }) {
  const s = usePaneStyles();
  return (
    <dl className={s.figures} aria-label={label}>
      {items.map(([name, value]) => (
        <div key={name} className={s.figure}>
          <dt className={s.figureLabel}>{name}</dt>
          <dd className={s.figureValue}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
