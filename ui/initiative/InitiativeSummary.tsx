import { useId } from 'react';
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { InitiativeDetailDto } from '../../core/index.js';
import { Figures } from '../common/Figures.js';
import { StatusBadge } from '../common/StatusBadge.js';
import { usePaneStyles } from '../common/layout.js';
import { FLAG_LABELS } from '../register/flagLabels.js';
import { usePane } from '../PaneContext.js';

const useKeyStyles = makeStyles({
  keys: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    gap: tokens.spacingHorizontalXS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  // One box per key: a comma inside a key ("Müller, Hans GmbH") reads as part of it.
  key: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusSmall,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    fontSize: tokens.fontSizeBase200,
  },
});

/** Title, both lights, metrics and flags of one initiative. */
export function InitiativeSummary({ detail }: { detail: InitiativeDetailDto }) {
  const s = usePaneStyles();
  const k = useKeyStyles();
  const keysLabel = useId();
  const { format } = usePane();
  const r = detail.row;
  const f = detail.fields;
  return (
    <>
      <div>
        <h2 className={s.h}>
          {r.id} {r.name}
        </h2>
        <Text size={200} className={s.muted}>
          DoI {r.doi} {r.doiName} · {r.state} · owner {r.owner || '—'} · sponsor {r.sponsor || '—'} ·
          controller {r.controller || '—'}
        </Text>
      </div>
      <div className={s.row}>
        <StatusBadge label="Implementation" status={r.implementationStatus} />
        <StatusBadge label="Value" status={r.valueStatus} />
      </div>
      <Figures
        label="Metrics"
        items={[
          ['Plan total', format.money(r.planTotal)],
          ['Plan to date', format.money(r.planToDate)],
          ['Actual to date', format.money(r.actualToDate)],
          ['Variance', format.money(r.variance)],
          ['Realization', format.percent(r.realization)],
          ['Estimate at completion', format.money(r.estimateAtCompletion)],
          ['Value at risk', format.money(r.valueAtRisk)],
          ['Weighted value', format.money(r.weightedValue)],
          ['Target', format.money(f.target)],
          ['Confirmed value', format.money(r.confirmedValue)],
        ]}
      />
      <Text size={200} className={s.muted}>
        {f.impactType || 'impact type not set'} · KPI {f.kpi || '—'} · {f.start ?? '?'} → {f.due ?? '?'} ·
        next gate due {f.nextGateDue ?? '—'} · last review {f.lastReview ?? '—'}
        {f.confirmedBy && ` · confirmed by ${f.confirmedBy} ${f.confirmedAt ?? ''}, evidence: ${f.evidence}`}
      </Text>
      {f.keys.length > 0 && (
        <div className={s.row} style={{ alignItems: 'baseline' }}>
          <Text size={200} className={s.muted} id={keysLabel}>
            Keys in exports
          </Text>
          <ul className={k.keys} aria-labelledby={keysLabel}>
            {f.keys.map((key) => (
              <li key={key} className={k.key}>
                {key}
              </li>
            ))}
          </ul>
        </div>
      )}
      {r.flags.length > 0 && (
        <ul className={s.list} aria-label="Flags">
          {r.flags.map((x) => (
            <li key={x.code}>
              <strong>{FLAG_LABELS[x.code]}</strong>: {x.reason}
              {x.suggestion && ` Suggested discussion: ${x.suggestion}`}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
