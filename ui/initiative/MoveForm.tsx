import { useState } from 'react';
import { Button, Field, Textarea } from '@fluentui/react-components';
import type { InitiativeDetailDto, MoveRequestDto } from '../../core/service/governance-service.js';
import { failed, ResultBar, type WriteResult } from '../common/ResultBar.js';
import { usePaneStyles } from '../common/layout.js';
import { usePane } from '../PaneContext.js';

type Kind = MoveRequestDto['kind'];
const NEEDS_REASON: Kind[] = ['back', 'hold', 'cancel', 'rebaseline'];

/** Move up, back, hold, resume or cancel; the service decides, the form shows its answer. */
export function MoveForm({ detail }: { detail: InitiativeDetailDto }) {
  const s = usePaneStyles();
  const { service, changed } = usePane();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<WriteResult | null>(null);
  const [missingReason, setMissingReason] = useState(false);
  const { row, nextGate } = detail;
  const closed = row.state === 'closed' || row.state === 'cancelled';

  const run = async (kind: Kind) => {
    if (NEEDS_REASON.includes(kind) && !reason.trim()) {
      setMissingReason(true);
      return;
    }
    setMissingReason(false);
    setBusy(true);
    try {
      const r = await service.move({ id: row.id, kind, reason: reason.trim() });
      setResult(r);
      if (r.ok) {
        setReason('');
        changed();
      }
    } catch (e) {
      setResult(failed(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={s.pane} style={{ padding: 0 }}>
      <Field
        label="Reason (needed to move back, hold, cancel or re-baseline)"
        validationState={missingReason ? 'error' : 'none'}
        validationMessage={missingReason ? 'Type a reason first: it is written to the audit log.' : undefined}
      >
        <Textarea value={reason} onChange={(_, d) => setReason(d.value)} resize="vertical" />
      </Field>
      <div className={s.row}>
        <Button appearance="primary" disabled={busy || closed || !nextGate} onClick={() => void run('up')}>
          {nextGate ? `Move up to ${nextGate.toLevel} ${nextGate.toName}` : 'Move up'}
        </Button>
        <Button disabled={busy || closed || row.doi === 0} onClick={() => void run('back')}>
          Move back
        </Button>
        {row.state === 'on hold' ? (
          <Button disabled={busy} onClick={() => void run('resume')}>
            Resume
          </Button>
        ) : (
          <Button disabled={busy || closed} onClick={() => void run('hold')}>
            Hold
          </Button>
        )}
        <Button disabled={busy || closed} onClick={() => void run('cancel')}>
          Cancel initiative
        </Button>
        {/* Once the plan is frozen, the sponsor or PMO can approve today's plan as the new baseline. */}
        {detail.baseline !== null && (
          <Button disabled={busy || closed} onClick={() => void run('rebaseline')}>
            Approve re-baseline
          </Button>
        )}
      </div>
      <ResultBar result={result} />
    </div>
  );
}
