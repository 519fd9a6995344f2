import type { PageActivity } from './page-activity.js';
import type { RemoteServer } from './remote-server.js';

export interface PollOptions {
  /** Visible and focused; polling stops otherwise. */
  activity: PageActivity;
  /** First wait, and the wait after a change. */
  minMs?: number;
  /** Longest wait while nothing changes. */
  maxMs?: number;
}

/**
 * Apps Script gives a sidebar no selection events, so the sidebar asks the server which register
 * row is selected. Each ask is a whole server execution (quota, and Code.js parsed again), so it
 * asks only while the sidebar is visible and focused: once at once when it comes to the front,
 * then after `minMs`, doubling the wait up to `maxMs` while the answer stays the same.
 */
export function pollSelection(
  remote: Pick<RemoteServer, 'selectedInitiative'>,
  { activity, minMs = 2500, maxMs = 30_000 }: PollOptions,
): (onSelect: (id: string) => void) => () => void {
  return (onSelect) => {
    let last: string | null = null;
    let busy = false;
    let wait = minMs;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;

    const cancel = (): void => {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    };
    const schedule = (ms: number): void => {
      cancel();
      if (!stopped && activity.active()) timer = setTimeout(ask, ms);
    };
    function ask(): void {
      timer = undefined;
      if (busy || stopped || !activity.active()) return;
      busy = true;
      remote.selectedInitiative().then(
        (id) => {
          busy = false;
          const changed = id !== last;
          if (id && changed) onSelect(id);
          last = id;
          wait = changed ? minMs : Math.min(maxMs, wait * 2);
          schedule(wait);
        },
        () => {
          busy = false;
          wait = Math.min(maxMs, wait * 2);
          schedule(wait);
        },
      );
    }

    const unlisten = activity.onChange(() => {
      if (!activity.active()) return cancel();
      wait = minMs;
      schedule(0);
    });
    schedule(minMs);
    return () => {
      stopped = true;
      cancel();
      unlisten();
    };
  };
}
