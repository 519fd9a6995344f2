import type { RemoteServer } from './remote-server.js';

/**
 * Apps Script gives a sidebar no selection events, so the sidebar asks the server which
 * register row is selected every few seconds while it is visible, and reports changes.
 */
export function pollSelection(
  remote: Pick<RemoteServer, 'selectedInitiative'>,
  intervalMs = 2500,
): (onSelect: (id: string) => void) => () => void {
  return (onSelect) => {
    let last: string | null = null;
    let busy = false;
    const tick = () => {
      if (busy || (typeof document !== 'undefined' && document.hidden)) return;
      busy = true;
      remote.selectedInitiative().then(
        (id) => {
          busy = false;
          if (id && id !== last) onSelect(id);
          last = id;
        },
        () => {
          busy = false;
        },
      );
    };
    const timer = setInterval(tick, intervalMs);
    return () => clearInterval(timer);
  };
}
