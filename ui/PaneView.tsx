import { useEffect, useState } from 'react';
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from '@fluentui/react-components';
import { errorText } from './common/errorText.js';
import type { PaneId } from './PaneContext.js';
import { loadedPane, loadPane } from './paneModules.js';

/** One pane, drawn as soon as its code is here; a spinner while it arrives; a retry if it cannot. */
export function PaneView({ id }: { id: PaneId }) {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{ id: PaneId; error?: unknown } | null>(null);
  const Pane = loadedPane(id);
  useEffect(() => {
    if (loadedPane(id)) return;
    let live = true;
    loadPane(id).then(
      () => live && setState({ id }),
      (error: unknown) => live && setState({ id, error }),
    );
    return () => {
      live = false;
    };
  }, [id, attempt]);
  if (Pane) return <Pane />;
  if (state?.id === id && state.error !== undefined)
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Could not open this pane</MessageBarTitle>
          {errorText(state.error)}
        </MessageBarBody>
        <MessageBarActions>
          <Button
            size="small"
            onClick={() => {
              setState(null);
              setAttempt((a) => a + 1);
            }}
          >
            Try again
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  return <Spinner size="small" label="Opening…" />;
}
