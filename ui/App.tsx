import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  useThemeClassName,
  webLightTheme,
} from '@fluentui/react-components';
import type { GovernanceService, OverviewDto, SelfTestReport } from '../core/index.js';
import { createFormatters } from './format/formatters.js';
import { PaneContext, type PaneContextValue, type PaneId } from './PaneContext.js';
import { AppHeader } from './AppHeader.js';
import { useAppStyles } from './appStyles.js';
import type { AppStart } from './appStart.js';
import { firstPane, loadedPane, loadPane } from './paneModules.js';
import { errorText } from './common/errorText.js';

export interface AppProps {
  service: GovernanceService;
  host: 'excel' | 'sheets' | 'playground';
  /** From `startApp(service)`: the overview and first pane already on their way. */
  start?: AppStart;
  /** The host calls onSelect when the user selects a register row in the sheet. */
  subscribeSelection?: (onSelect: (id: string) => void) => () => void;
  /** The host calls onChange when the workbook changed outside the panes (hand edits, another identity). */
  subscribeChanges?: (onChange: () => void) => () => void;
  /** The host's self-test, shown under Settings › Diagnostics. */
  selfTest?: () => Promise<SelfTestReport>;
}

const TABS: [PaneId, string][] = [
  ['convert', 'Convert plan'],
  ['register', 'Register'],
  ['initiative', 'Initiative'],
  ['signoff', 'Sign-off'],
  ['portfolio', 'Portfolio'],
  ['integrity', 'Integrity'],
  ['settings', 'Settings'],
];

export function App({ service, host, start, subscribeSelection, subscribeChanges, selfTest }: AppProps) {
  const s = useAppStyles();
  const themed = useThemeClassName() !== '';
  // When the host waited for `start.ready`, the first render already has the overview and the pane.
  const [settled] = useState(() => start?.settled);
  const [pane, setPane] = useState<PaneId | null>(settled ? firstPane(settled.overview) : null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [overview, setOverview] = useState<OverviewDto | null>(settled?.overview ?? null);
  const [overviewError, setOverviewError] = useState<unknown>(settled?.error ?? null);
  const [firstOverview] = useState(() => start?.overview);

  useEffect(() => {
    let live = true;
    const asked = version === 0 && firstOverview ? firstOverview : service.overview();
    asked.then(
      (o) => {
        if (!live) return;
        setOverview(o);
        setOverviewError(null);
        setPane((p) => p ?? firstPane(o));
      },
      (e: unknown) => {
        if (!live) return;
        setOverviewError(e);
        setPane((p) => p ?? firstPane(null));
      },
    );
    return () => {
      live = false;
    };
  }, [service, version, firstOverview]);

  const openInitiative = useCallback((id: string) => {
    setSelectedId(id);
    setPane('initiative');
  }, []);
  const changed = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => subscribeSelection?.(openInitiative), [subscribeSelection, openInitiative]);
  useEffect(() => subscribeChanges?.(changed), [subscribeChanges, changed]);

  const currency = overview?.currency || 'EUR';
  const format = useMemo(() => createFormatters(currency), [currency]);
  const overviewState = useMemo<PaneContextValue['overview']>(() => {
    const reload = changed;
    if (overviewError) return { status: 'error', error: overviewError, reload };
    if (overview) return { status: 'done', data: overview, reload };
    return { status: 'loading', reload };
  }, [overview, overviewError, changed]);
  const context = useMemo<PaneContextValue>(
    () => ({
      service,
      host,
      format,
      version,
      overview: overviewState,
      changed,
      openInitiative,
      selectedId,
      go: setPane,
      selfTest,
    }),
    [service, host, format, version, overviewState, changed, openInitiative, selectedId, selfTest],
  );

  const content = (
    <PaneContext.Provider value={context}>
      <AppHeader overview={overview} error={overviewError} />
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
  return themed ? (
    <div className={s.root}>{content}</div>
  ) : (
    <FluentProvider theme={webLightTheme} className={s.root}>
      {content}
    </FluentProvider>
  );
}

/** One pane, drawn as soon as its code is here; a spinner while it arrives; a retry if it cannot. */
function PaneView({ id }: { id: PaneId }) {
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
