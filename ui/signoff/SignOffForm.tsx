import { useState } from 'react';
import { Button, Card, Field, Input, Text } from '@fluentui/react-components';
import type { SignOffQueueItemDto } from '../../core/index.js';
import { ResultBar, type WriteResult } from '../common/ResultBar.js';
import { useAction } from '../common/useAction.js';
import { usePaneStyles } from '../common/layout.js';
import { usePane } from '../PaneContext.js';

/** One queue item: confirm value (prefilled with actual to date), evidence, sign. */
export function SignOffForm({
  item,
  onResult,
}: {
  item: SignOffQueueItemDto;
  onResult: (r: WriteResult) => void;
}) {
  const s = usePaneStyles();
  const { service, format, changed, openInitiative } = usePane();
  const [value, setValue] = useState(String(Math.round(item.actualToDate * 100) / 100));
  const [evidence, setEvidence] = useState('');
  const amount = Number(value);
  const valueError =
    value.trim() === '' || !Number.isFinite(amount) ? 'Type the confirmed value as a number.' : null;

  const signing = useAction(
    () => service.signOff({ id: item.id, confirmedValue: amount, evidence: evidence.trim() }),
    (r) => {
      // Success is shown by the pane (the item leaves the queue); a refusal stays here.
      if (!r.ok) return;
      onResult(r);
      changed();
    },
  );
  const refusal = signing.outcome && !signing.outcome.ok ? signing.outcome : null;

  return (
    <Card aria-label={`Sign off ${item.id}`}>
      <Text weight="semibold">
        {item.id} {item.name}
      </Text>
      <Text size={200} className={s.muted}>
        Owner {item.owner || '—'} · controller {item.controller || '—'} · plan {format.money(item.planTotal)}{' '}
        · actual to date {format.money(item.actualToDate)} · estimate{' '}
        {format.money(item.estimateAtCompletion)}
      </Text>
      <div className={s.row}>
        <Field
          label={`Confirmed value (${format.currency})`}
          className={s.grow}
          validationState={valueError ? 'error' : 'none'}
          validationMessage={valueError ?? undefined}
        >
          <Input type="number" value={value} onChange={(_, d) => setValue(d.value)} />
        </Field>
        <Field label="Evidence" className={s.grow} hint="Where the realised value can be checked">
          <Input
            value={evidence}
            onChange={(_, d) => setEvidence(d.value)}
            placeholder="e.g. SAP report FI-0327"
          />
        </Field>
      </div>
      <div className={s.row}>
        <Button
          appearance="primary"
          disabled={signing.busy || valueError !== null}
          onClick={() => valueError === null && signing.run()}
        >
          Sign off {item.id}
        </Button>
        <Button appearance="subtle" onClick={() => openInitiative(item.id)}>
          Open initiative
        </Button>
      </div>
      <ResultBar result={signing.failure ?? refusal} />
    </Card>
  );
}
