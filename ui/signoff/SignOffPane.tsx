import { useState } from 'react';
import { Text } from '@fluentui/react-components';
import { AsyncView } from '../common/AsyncView.js';
import { ResultBar, type WriteResult } from '../common/ResultBar.js';
import { usePaneStyles } from '../common/layout.js';
import { useAsync } from '../common/useAsync.js';
import { usePane } from '../PaneContext.js';
import { SignOffForm } from './SignOffForm.js';

/** The controller's queue: initiatives waiting for controller-backed closure. */
export function SignOffPane() {
  const s = usePaneStyles();
  const { service, version } = usePane();
  const state = useAsync(() => service.portfolio(null), [service, version]);
  // A signed item leaves the queue; its result stays visible here.
  const [last, setLast] = useState<WriteResult | null>(null);
  return (
    <section className={s.pane} aria-label="Sign-off">
      <Text size={200} className={s.muted}>
        Closing an initiative needs its controller to confirm the realised value and name the evidence. The
        values are sealed in the audit log.
      </Text>
      <ResultBar result={last} />
      <AsyncView state={state} loading="Loading the sign-off queue…">
        {(p) =>
          p.signOffQueue.length === 0 ? (
            <Text>Nothing waits for sign-off.</Text>
          ) : (
            p.signOffQueue.map((item) => <SignOffForm key={item.id} item={item} onResult={setLast} />)
          )
        }
      </AsyncView>
    </section>
  );
}
