import { useState } from 'react';
import type { GroupBy } from '../../core/index.js';
import { useAction } from '../common/useAction.js';
import { useAsync } from '../common/useAsync.js';
import { usePane } from '../PaneContext.js';

/** The portfolio under the grouping chosen, asked again after every change; storing a snapshot. */
export function usePortfolioPane() {
  const { service, version, format, changed } = usePane();
  const [groupBy, setGroupBy] = useState<GroupBy | null>(null);
  const portfolio = useAsync(() => service.portfolio(groupBy), [service, groupBy, version]);
  const snapshot = useAction(
    () => service.snapshot(),
    (r) => {
      if (r.ok) changed();
    },
  );
  return { portfolio, format, groupBy, setGroupBy, snapshot };
}

export type PortfolioPaneState = ReturnType<typeof usePortfolioPane>;
