import { FluentProvider, Spinner, Tab, TabList, webLightTheme } from '@fluentui/react-components';
import { AppHeader } from './AppHeader.js';
import type { useAppStyles } from './appStyles.js';
import { PaneContext, type PaneId } from './PaneContext.js';
import { PaneView } from './PaneView.js';
import type { AppState } from './useApp.js';

const TABS: [PaneId, string][] = [
  ['convert', 'Convert plan'],
  ['register', 'Register'],
  ['initiative', 'Initiative'],
  ['signoff', 'Sign-off'],
  ['portfolio', 'Portfolio'],
  ['integrity', 'Integrity'],
  ['settings', 'Settings'],
];

/** The App drawn from its state: who acts, the pane tabs, the open pane. */
export function renderApp(state: AppState, s: ReturnType<typeof useAppStyles>) {
  const { pane, setPane } = state;
  const content = (
    <PaneContext.Provider value={state.context}>
      <AppHeader overview={state.overview} error={state.overviewError} />
      <nav aria-label="PlanGate panes">
        <TabList
          size="small"
          className={s.tabs}
          selectedValue={pane ?? ''}
          onTabSelect={(_, data) => setPane(data.value as PaneId)}
        >
          {TABS.map(([id, label]) => (
            <Tab key={id} value={id}>
              {label}
            </Tab>
          ))}
        </TabList>
      </nav>
      <main className={s.main}>
        {pane ? <PaneView id={pane} /> : <Spinner size="small" label="Reading the workbook…" />}
      </main>
    </PaneContext.Provider>
  );
  // A page that already provides Fluent's theme (the playground) needs no second copy of it.
  return state.themed ? (
    <div className={s.root}>{content}</div>
  ) : (
    <FluentProvider theme={webLightTheme} className={s.root}>
      {content}
    </FluentProvider>
  );
}
