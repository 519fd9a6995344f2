import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { ActualsWarningDto } from '../../core/index.js';

/** A warning as a sentence, or with the sheet and cell it is about (actuals import). */
export type WarningItem = string | ActualsWarningDto;

/** Where a located warning points, as a formula would name the cell: `CRM export!C5`. */
export function warningPlace(item: WarningItem): string | null {
  if (typeof item === 'string' || item.sheet === null) return null;
  return item.cell === null ? item.sheet : `${item.sheet}!${item.cell}`;
}

export function Warnings({ items, label = 'Warnings' }: { items: readonly WarningItem[]; label?: string }) {
  if (items.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <ul style={{ margin: 0, paddingLeft: 16 }} aria-label={label}>
          {items.map((item, i) => {
            const place = warningPlace(item);
            const message = typeof item === 'string' ? item : item.message;
            // Two warnings may read alike (one per sheet): the position keeps keys unique.
            return (
              <li key={`${i}:${message}`}>
                {place !== null && <strong>{place}: </strong>}
                {message}
              </li>
            );
          })}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
