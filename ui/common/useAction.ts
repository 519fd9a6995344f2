import { useState } from 'react';
import { failed, type WriteResult } from './ResultBar.js';

/** A write the user started: whether it runs, its last answer, and why it failed if it threw. */
export interface Action<A extends unknown[], T> {
  busy: boolean;
  /** The service's last answer; kept while the next run is on its way. */
  outcome: T | null;
  /** The error the last run threw, as the result bar shows it; cleared when the next run starts. */
  failure: WriteResult | null;
  run: (...args: A) => void;
}

/**
 * The busy / try / finally every write in a pane needs, once: `act` asks the service, `onDone`
 * receives its answer (to say what changed), and a thrown error becomes a result the bar shows.
 */
export function useAction<A extends unknown[], T>(
  act: (...args: A) => Promise<T>,
  onDone?: (outcome: T) => void,
): Action<A, T> {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<T | null>(null);
  const [failure, setFailure] = useState<WriteResult | null>(null);
  const run = (...args: A) => {
    setBusy(true);
    setFailure(null);
    act(...args)
      .then((answer) => {
        setOutcome(answer);
        onDone?.(answer);
      })
      .catch((e: unknown) => setFailure(failed(e)))
      .finally(() => setBusy(false));
  };
  return { busy, outcome, failure, run };
}
