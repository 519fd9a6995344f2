/**
 * The sidebar's entry: the shared panes over the server's functions. Built into
 * dist/sheets/Sidebar.html (`npm run sheets:build`): this and what it imports are inlined, each
 * pane's code comes from the server on first use (see chunk-registry.ts).
 */
import { createRoot } from 'react-dom/client';
import { App } from '../../ui/App.js';
import { startApp } from '../../ui/appStart.js';
import { loadPane } from '../../ui/paneModules.js';
import { createRemoteServer, governanceServiceOf } from './remote-server.js';
import { pageScriptRunner } from './script-runner.js';
import { documentActivity } from './page-activity.js';
import { pollSelection } from './selection-poller.js';

const remote = createRemoteServer(pageScriptRunner);
const service = governanceServiceOf(remote);
const start = startApp(service);
// Each google.script.run call is a whole Apps Script execution: rather than wait for the
// overview to say which pane opens first, fetch both candidates now, in one call beside it.
for (const pane of ['convert', 'register'] as const) loadPane(pane).catch(() => undefined);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <App
      service={service}
      start={start}
      subscribeSelection={pollSelection(remote, { activity: documentActivity() })}
      selfTest={() => remote.selfTest({ userAgent: navigator.userAgent })}
    />,
  );
}
