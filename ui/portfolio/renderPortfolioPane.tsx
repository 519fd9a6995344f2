import { lazy, Suspense } from 'react';
import { Button, Divider, Field, Select, Spinner, Text } from '@fluentui/react-components';
import type { GroupBy } from '../../core/index.js';
import { AsyncView } from '../common/AsyncView.js';
import { Figures } from '../common/Figures.js';
import type { PaneClasses } from '../common/layout.js';
import { ResultBar } from '../common/ResultBar.js';
import { BridgeSection } from './BridgeView.js';
import { DecisionList } from './DecisionList.js';
import { DoiTable } from './DoiTable.js';
import { GroupTable } from './GroupTable.js';
import type { PortfolioPaneState } from './usePortfolioPane.js';

// chart.js lives in its own chunk, fetched only when the portfolio is shown.
const PortfolioCharts = lazy(() => import('./PortfolioCharts.js'));

const GROUPS: [GroupBy, string][] = [
  ['program', 'Program'],
  ['workstream', 'Workstream'],
  ['client', 'Client'],
  ['owner', 'Owner'],
];

/** The portfolio drawn from its state: figures, charts, decisions, a grouping, snapshots and the bridge. */
export function renderPortfolioPane(state: PortfolioPaneState, s: PaneClasses) {
  const { portfolio, format, snapshot } = state;
  return (
    <section className={s.pane} aria-label="Portfolio">
      <AsyncView state={portfolio} loading="Computing the portfolio…">
        {(p) => (
          <>
            <Text size={200} className={s.muted}>
              {p.count} initiatives (cancelled excluded) · as of {p.asOf} ({p.asOfPeriod}) · {p.currency}
            </Text>
            <Figures
              label="Portfolio figures"
              items={[
                ['Target', p.target === null ? 'not set' : format.money(p.target)],
                ['Plan total', format.money(p.planTotal)],
                ['Plan to date', format.money(p.planToDate)],
                ['Actual to date', format.money(p.actualToDate)],
                ['Estimate at completion', format.money(p.estimateAtCompletion)],
                ['Confirmed value', format.money(p.confirmedValue)],
                ['Weighted pipeline', format.money(p.weightedPipeline)],
                ['Gap to target', p.gapToTarget === null ? 'no target' : format.money(p.gapToTarget)],
                ['Coverage', p.coverage === null ? 'no target' : format.percent(p.coverage)],
                ['Value at risk', format.money(p.valueAtRisk)],
              ]}
            />
            <Text size={200}>
              Value status: {p.byValueStatus.green} green · {p.byValueStatus.amber} amber ·{' '}
              {p.byValueStatus.red} red · {p.byValueStatus['n/a']} n/a
            </Text>
            <DoiTable buckets={p.byDoi} />
            <Suspense fallback={<Spinner size="tiny" label="Loading charts…" />}>
              <PortfolioCharts portfolio={p} />
            </Suspense>
            <Divider />
            <DecisionList title="Decision queue" items={p.decisionQueue} empty="No decision required." />
            <DecisionList
              title="Watermelons"
              items={p.watermelons}
              empty="No watermelons: activity and value agree."
            />
            <Divider />
            <Field label="Group by" className={s.grow}>
              <Select
                value={state.groupBy ?? ''}
                onChange={(_, d) => state.setGroupBy(d.value === '' ? null : (d.value as GroupBy))}
              >
                <option value="">No grouping</option>
                {GROUPS.map(([v, label]) => (
                  <option key={v} value={v}>
                    {label}
                  </option>
                ))}
              </Select>
            </Field>
            {p.groupBy && <GroupTable groups={p.groups} label={GROUPS.find((g) => g[0] === p.groupBy)![1]} />}
            <Divider />
            <div className={s.row}>
              <Button onClick={() => snapshot.run()}>Store snapshot of {p.asOfPeriod}</Button>
              <Text size={200} className={s.muted}>
                Stored: {p.snapshots.length ? p.snapshots.join(', ') : 'none yet'}
              </Text>
            </div>
            <ResultBar result={snapshot.failure ?? snapshot.outcome} />
            <BridgeSection snapshots={p.snapshots} />
          </>
        )}
      </AsyncView>
    </section>
  );
}
