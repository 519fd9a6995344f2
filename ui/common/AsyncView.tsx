import { useEffect, type ReactNode } from 'react';
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from '@fluentui/react-components';
import type { AsyncState } from './useAsync.js';
import { errorText } from './errorText.js';
import { markInteractive } from './markInteractive.js';

interface Props<T> {
  state: AsyncState<T> & { reload: () => void };
  /** What is loading, e.g. "Loading the register…" */
  loading: string;
  children: (data: T) => ReactNode;
}

/** The loading and error states every pane shares; the data state is the pane's own. */
export function AsyncView<T>({ state, loading, children }: Props<T>) {
  const ready = state.status !== 'loading';
  // After paint of the first settled pane: what time-to-interactive measures.
  useEffect(() => {
    if (ready) markInteractive();
  }, [ready]);
  if (state.status === 'loading') return <Spinner size="small" label={loading} />;
  if (state.status === 'error')
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Could not load</MessageBarTitle>
          {errorText(state.error)}
        </MessageBarBody>
        <MessageBarActions>
          <Button size="small" onClick={state.reload}>
            Try again
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  return <>{children(state.data)}</>;
}
