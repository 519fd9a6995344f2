import { useState } from 'react';
import { Button, Field, Input } from '@fluentui/react-components';
import { failed, ResultBar, type WriteResult } from '../common/ResultBar.js';
import { usePaneStyles } from '../common/layout.js';
import { usePane } from '../PaneContext.js';

/** The declared name recorded in the audit log where the host cannot verify who is acting. */
export function IdentityForm({ current }: { current: string }) {
  const s = usePaneStyles();
  const { service, changed } = usePane();
  const [name, setName] = useState(current);
  const [result, setResult] = useState<WriteResult | null>(null);
  const save = async () => {
    try {
      const id = await service.declareIdentity(name.trim());
      setResult({ ok: true, message: `You act as ${id.name} (${id.kind}).`, wrote: [] });
      changed();
    } catch (e) {
      setResult(failed(e));
    }
  };
  return (
    <div className={s.row}>
      <Field
        label="Your name (declared identity)"
        className={s.grow}
        hint="Recorded with every action you take"
      >
        <Input value={name} onChange={(_, d) => setName(d.value)} />
      </Field>
      <Button disabled={!name.trim()} onClick={() => void save()}>
        Use this name
      </Button>
      <ResultBar result={result} />
    </div>
  );
}
