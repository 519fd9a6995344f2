import { useAppStyles } from './appStyles.js';
import { renderApp } from './renderApp.js';
import { useApp, type AppProps } from './useApp.js';

export type { AppProps } from './useApp.js';

/** The panes every host shows, around one GovernanceService. */
export function App(props: AppProps) {
  return renderApp(useApp(props), useAppStyles());
}
