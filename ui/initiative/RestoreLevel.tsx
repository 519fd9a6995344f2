import { useState } from 'react';
import { Button } from '@fluentui/react-components';
import type { InitiativeRowDto } from '../../core/index.js';
import { failed, ResultBar, type WriteResult } from '../common/ResultBar.js';
import { usePane } from '../PaneContext.js';

/** The one action for `level not recorded`: set DoI and State back to what the audit log recorded. */
export function RestoreLevel({ row }: { row: InitiativeRowDto }) {
  const { service, changed } = usePane();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<WriteResult | null>(null);
  if (!row.flags.some((f) => f.code === 'levelNotRecorded') && result === null) return null;
  const restore = async () => {
    setBusy(true);
    try {
      const r = await service.restoreLevel(row.id);
      setResult(r);
      if (r.ok) changed();
    } catch (e) {
      setResult(failed(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div>
      {row.flags.some((f) => f.code === 'levelNotRecorded') && (
        <Button disabled={busy} onClick={() => void restore()}>
          Restore the recorded level ({row.recordedDoi}, {row.recordedState})
        </Button>
      )}
      <ResultBar result={result} />
    </div>
  );
}
