import { useState } from 'react';
import { Field, Textarea } from '@fluentui/react-components';
import type { InitiativeDetailDto, MoveAvailabilityDto, MoveKind } from '../../core/index.js';
import { ResultBar } from '../common/ResultBar.js';
import { useAction } from '../common/useAction.js';
import { usePaneStyles } from '../common/layout.js';
import { usePane } from '../PaneContext.js';
import { MoveAction } from './MoveAction.js';

const NEEDS_REASON: MoveKind[] = ['back', 'hold', 'cancel', 'rebaseline'];

/**
 * What the service said about each move for the acting person. A service without `moves` still
 * answers "Move up" through the gate; the other buttons then learn the answer on the click.
 */
function availabilityOf(detail: InitiativeDetailDto, kind: MoveKind): MoveAvailabilityDto | undefined {
  if (detail.moves) return detail.moves[kind];
  if (kind === 'up' && detail.nextGate)
    return { allowed: detail.nextGate.allowed, refusal: detail.nextGate.refusal };
  return undefined;
}

/** Move up, back, hold, resume or cancel; each button says up front when the service would refuse it. */
export function MoveForm({ detail }: { detail: InitiativeDetailDto }) {
  const s = usePaneStyles();
  const { service, changed } = usePane();
  const [reason, setReason] = useState('');
  const [missingReason, setMissingReason] = useState(false);
  const { row, nextGate } = detail;
  const closed = row.state === 'closed';
  const ended = closed || row.state === 'cancelled';
  // Without the service's answers, keep the local rules for what plainly cannot move.
  const endedWhy = ended ? `${row.id} is ${row.state}: it does not move.` : null;
  const offer = (kind: MoveKind, impossible: string | null): MoveAvailabilityDto | undefined =>
    detail.moves === undefined && impossible !== null
      ? { allowed: false, refusal: impossible }
      : availabilityOf(detail, kind);

  const moving = useAction(
    (kind: MoveKind) => service.move({ id: row.id, kind, reason: reason.trim() }),
    (r) => {
      if (!r.ok) return;
      setReason('');
      changed();
    },
  );
  const run = (kind: MoveKind) => {
    const missing = NEEDS_REASON.includes(kind) && !reason.trim();
    setMissingReason(missing);
    if (!missing) moving.run(kind);
  };

  const action = (kind: MoveKind, label: string, impossible: string | null = null, primary = false) => (
    <MoveAction
      availability={offer(kind, impossible)}
      busy={moving.busy}
      primary={primary}
      onRun={() => run(kind)}
    >
      {label}
    </MoveAction>
  );

  return (
    <div className={s.pane} style={{ padding: 0 }}>
      <Field
        label="Reason (needed to move back, hold, cancel or re-baseline)"
        validationState={missingReason ? 'error' : 'none'}
        validationMessage={missingReason ? 'Type a reason first: it is written to the audit log.' : undefined}
      >
        <Textarea value={reason} onChange={(_, d) => setReason(d.value)} resize="vertical" />
      </Field>
      <div role="group" aria-label="Moves" className={s.pane} style={{ padding: 0, gap: '8px' }}>
        {action(
          'up',
          nextGate ? `Move up to ${nextGate.toLevel} ${nextGate.toName}` : 'Move up',
          endedWhy ?? (nextGate ? null : `${row.id} is at the top of the ladder.`),
          true,
        )}
        {/* A closed initiative goes back only by re-opening it (controller or PMO). */}
        {action(
          'back',
          closed ? 'Re-open (move back)' : 'Move back',
          endedWhy ?? (row.doi === 0 ? `${row.id} is at the bottom of the ladder.` : null),
        )}
        {row.state === 'on hold' ? action('resume', 'Resume') : action('hold', 'Hold', endedWhy)}
        {action('cancel', 'Cancel initiative', endedWhy)}
        {/* Once the plan is frozen, the sponsor or PMO can approve today's plan as the new baseline. */}
        {detail.baseline !== null && action('rebaseline', 'Approve re-baseline', endedWhy)}
      </div>
      <ResultBar result={moving.failure ?? moving.outcome} />
    </div>
  );
}
