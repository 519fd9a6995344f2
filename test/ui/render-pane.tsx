import { useMemo, type ReactElement } from 'react';
import { configure, render } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { GovernanceService } from '../../core/index.js';
import { createFormatters } from '../../ui/format/formatters.js';
import { PaneContext, type PaneContextValue, type PaneId } from '../../ui/PaneContext.js';
import { useAsync } from '../../ui/common/useAsync.js';

// jsdom has no layout engine: Fluent's MessageBar observes its size to reflow, which never happens here.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

// A pane answers when the real service has read and computed the workbook; on a loaded machine that
// takes longer than testing-library's default second. `findBy…` still returns as soon as the state
// is there: this is only how long it waits before it says the pane never got there.
configure({ asyncUtilTimeout: 15_000 });

export interface Harness {
  opened: string[];
  went: PaneId[];
  changes: number;
}

/** Renders one pane as App would, recording navigation and writes; formatting pinned to en-US. */
export function renderPane(pane: ReactElement, service: GovernanceService, selectedId: string | null = null) {
  const harness: Harness = { opened: [], went: [], changes: 0 };
  const value: Omit<PaneContextValue, 'overview'> = {
    service,
    format: createFormatters('EUR', 'en-US'),
    version: 0,
    changed: () => harness.changes++,
    openInitiative: (id) => harness.opened.push(id),
    selectedId,
    go: (p) => harness.went.push(p),
  };
  const result = render(
    <FluentProvider theme={webLightTheme}>
      <WithOverview value={value}>{pane}</WithOverview>
    </FluentProvider>,
  );
  return { ...result, harness };
}

/** Gives the pane the service's overview as App does: asked once, loading until it answers. */
function WithOverview({
  value,
  children,
}: {
  value: Omit<PaneContextValue, 'overview'>;
  children: ReactElement;
}) {
  const overview = useAsync(() => value.service.overview(), [value.service]);
  const full = useMemo(() => ({ ...value, overview }), [value, overview]);
  return <PaneContext.Provider value={full}>{children}</PaneContext.Provider>;
}
