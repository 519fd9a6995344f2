import { Badge } from '@fluentui/react-components';
import type { ValueStatus } from '../../core/index.js';

const COLOR = { green: 'success', amber: 'warning', red: 'danger', 'n/a': 'subtle' } as const;
const WORD = { green: 'Green', amber: 'Amber', red: 'Red', 'n/a': 'n/a' } as const;

/** A light with its word, so the status never depends on colour alone. */
export function StatusBadge({ label, status }: { label: string; status: ValueStatus | null }) {
  const s = status ?? 'n/a';
  return (
    <Badge
      appearance="tint"
      color={COLOR[s]}
      shape="rounded"
      aria-label={`${label}: ${status ? WORD[s] : 'not set'}`}
    >
      {label} {status ? WORD[s] : 'not set'}
    </Badge>
  );
}
