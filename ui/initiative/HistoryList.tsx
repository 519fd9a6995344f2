import { Text } from '@fluentui/react-components';
import type { AuditEventDto } from '../../core/index.js';
import { usePaneStyles } from '../common/layout.js';
import { usePane } from '../PaneContext.js';

/** Audit events of this initiative, newest first, with the PG Audit row for cross-checking. */
export function HistoryList({ events }: { events: AuditEventDto[] }) {
  const s = usePaneStyles();
  const { format } = usePane();
  if (events.length === 0) return <Text>No audit events yet.</Text>;
  return (
    <ol className={s.list} aria-label="Audit history" reversed>
      {[...events].reverse().map((e) => (
        <li key={e.row}>
          <Text weight="semibold">{e.action}</Text>{' '}
          {e.from || e.to ? `${e.from || '—'} → ${e.to || '—'}` : ''} · {e.actor} ({e.identity}) ·{' '}
          {format.dateTime(e.time)} · row {e.row}
          <div className={s.muted}>{e.summary}</div>
        </li>
      ))}
    </ol>
  );
}
