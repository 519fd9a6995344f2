import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { FluentProvider, Spinner, Tab, TabList, webLightTheme } from '@fluentui/react-components';
import type { GovernanceService, OverviewDto } from '../core/service/governance-service.js';
import { createFormatters } from './format/formatters.js';
import { PaneContext, type PaneContextValue, type PaneId } from './PaneContext.js';
import { AppHeader } from './AppHeader.js';
import { useAppStyles } from './appStyles.js';

export interface AppProps {
  service: GovernanceService;
  host: 'excel' | 'sheets' | 'playground';
  /** The host calls onSelect when the user selects a register row in the sheet. */
  subscribeSelection?: (onSelect: (id: string) => void) => () => void;
  /** The host calls onChange when the workbook changed outside the panes (hand edits, another identity). */
  subscribeChanges?: (onChange: () => void) => () => void;
}

// Each pane is its own chunk: first load carries only the shell.
const load = {
  convert: () => import('./convert/ConvertPane.js').then((m) => ({ default: m.ConvertPane })),
  register: () => import('./register/RegisterPane.js').then((m) => ({ default: m.RegisterPane })),
  initiative: () => import('./initiative/InitiativePane.js').then((m) => ({ default: m.InitiativePane })),
  signoff: () => import('./signoff/SignOffPane.js').then((m) => ({ default: m.SignOffPane })),
  portfolio: () => import('./portfolio/PortfolioPane.js').then((m) => ({ default: m.PortfolioPane })),
  integrity: () => import('./integrity/IntegrityPane.js').then((m) => ({ default: m.IntegrityPane })),
  settings: () => import('./settings/SettingsPane.js').then((m) => ({ default: m.SettingsPane })),
};
const panes = Object.fromEntries(Object.entries(load).map(([id, loader]) => [id, lazy(loader)])) as Record<
  PaneId,
  React.LazyExoticComponent<() => React.JSX.Element>
>;

const TABS: [PaneId, string][] = [
  ['convert', 'Convert plan'],
  ['register', 'Register'],
  ['initiative', 'Initiative'],
  ['signoff', 'Sign-off'],
  ['portfolio', 'Portfolio'],
  ['integrity', 'Integrity'],
  ['settings', 'Settings'],
];

export function App({ service, host, subscribeSelection, subscribeChanges }: AppProps) {
  const s = useAppStyles();
  const [pane, setPane] = useState<PaneId | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [overview, setOverview] = useState<OverviewDto | null>(null);
  const [overviewError, setOverviewError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    service.overview().then(
      (o) => {
        if (!live) return;
        setOverview(o);
        setOverviewError(null);
        setPane((p) => p ?? (o.hasRegister ? 'register' : 'convert'));
      },
      (e: unknown) => {
        if (!live) return;
        setOverviewError(e);
        setPane((p) => p ?? 'convert');
      },
    );
    return () => {
      live = false;
    };
  }, [service, version]);

  // The first pane is Convert or Register: fetch both while the overview is read, not after.
  useEffect(() => {
    void load.convert();
    void load.register();
  }, []);

  const openInitiative = useCallback((id: string) => {
    setSelectedId(id);
    setPane('initiative');
  }, []);
  const changed = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => subscribeSelection?.(openInitiative), [subscribeSelection, openInitiative]);
  useEffect(() => subscribeChanges?.(changed), [subscribeChanges, changed]);

  const currency = overview?.currency || 'EUR';
  const context = useMemo<PaneContextValue>(
    () => ({
      service,
      host,
      format: createFormatters(currency),
      version,
      changed,
      openInitiative,
      selectedId,
      go: setPane,
    }),
    [service, host, currency, version, changed, openInitiative, selectedId],
  );

  const Pane = pane ? panes[pane] : null;
  return (
    <FluentProvider theme={webLightTheme} className={s.root}>
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
          <Suspense fallback={<Spinner size="small" label="Opening…" />}>
            {Pane ? <Pane /> : <Spinner size="small" label="Reading the workbook…" />}
          </Suspense>
        </main>
      </PaneContext.Provider>
    </FluentProvider>
  );
}
