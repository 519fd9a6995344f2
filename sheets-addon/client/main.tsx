/**
 * The sidebar's entry: the shared panes over the server's functions. Built into
 * dist/sheets/Sidebar.html with everything inlined (`npm run sheets:build`).
 */
import { createRoot } from 'react-dom/client';
import { App } from '../../ui/App.js';
import { createRemoteServer, governanceServiceOf } from './remote-server.js';
import { pageScriptRunner } from './script-runner.js';
import { pollSelection } from './selection-poller.js';

const remote = createRemoteServer(pageScriptRunner);
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <App service={governanceServiceOf(remote)} host="sheets" subscribeSelection={pollSelection(remote)} />,
  );
}
