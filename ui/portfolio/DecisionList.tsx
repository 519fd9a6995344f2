import { Link, Text } from '@fluentui/react-components';
import type { DecisionItem } from '../../core/index.js';
import { usePaneStyles } from '../common/layout.js';
import { usePane } from '../PaneContext.js';

/** Prompts for the review meeting; each opens its initiative. */
export function DecisionList({
  title,
  items,
  empty,
}: {
  title: string;
  items: DecisionItem[];
  empty: string;
}) {
  const s = usePaneStyles();
  const { openInitiative } = usePane();
  return (
    <div>
      <h3 className={s.h}>
        {title} ({items.length})
      </h3>
      {items.length === 0 ? (
        <Text>{empty}</Text>
      ) : (
        <ul className={s.list} aria-label={title}>
          {items.map((d) => (
            <li key={d.id}>
              <Link as="button" onClick={() => openInitiative(d.id)}>
                {d.id} {d.name}
              </Link>
              : {d.reason}
              {d.suggestion && <strong> Discuss: {d.suggestion}</strong>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
