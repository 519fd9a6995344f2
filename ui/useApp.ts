import { useCallback, useEffect, useMemo, useState } from 'react';
import { useThemeClassName } from '@fluentui/react-components';
import type { GovernanceService, OverviewDto, SelfTestReport } from '../core/index.js';
import type { AppStart } from './appStart.js';
import { createFormatters } from './format/formatters.js';
import type { PaneContextValue, PaneId } from './PaneContext.js';
import { firstPane } from './paneModules.js';

export interface AppProps {
  service: GovernanceService;
  /** From `startApp(service)`: the overview and first pane already on their way. */
  start?: AppStart;
  /** The host calls onSelect when the user selects a register row in the sheet. */
  subscribeSelection?: (onSelect: (id: string) => void) => () => void;
  /** The host calls onChange when the workbook changed outside the panes (hand edits, another identity). */
  subscribeChanges?: (onChange: () => void) => () => void;
  /** The host's self-test, shown under Settings › Diagnostics. */
  selfTest?: () => Promise<SelfTestReport>;
}

/**
 * The App's state: which pane is open, the workbook's overview (read again after every change),
 * and the context every pane receives.
 */
export function useApp({ service, start, subscribeSelection, subscribeChanges, selfTest }: AppProps) {
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
      format,
      version,
      overview: overviewState,
      changed,
      openInitiative,
      selectedId,
      go: setPane,
      selfTest,
    }),
    [service, format, version, overviewState, changed, openInitiative, selectedId, selfTest],
  );

  return { themed, pane, setPane, overview, overviewError, context };
}

export type AppState = ReturnType<typeof useApp>;
