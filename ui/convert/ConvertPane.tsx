import { useState } from 'react';
import { Divider, Text } from '@fluentui/react-components';
import type { SourceRef } from '../../core/index.js';
import { AsyncView } from '../common/AsyncView.js';
import { usePaneStyles } from '../common/layout.js';
import { useAsync } from '../common/useAsync.js';
import { usePane } from '../PaneContext.js';
import { ActualsImport } from './ActualsImport.js';
import { ConvertFlow } from './ConvertFlow.js';
import { sourceName } from './fileToSource.js';
import { SourcePicker } from './SourcePicker.js';

/** Turn an existing plan into the register, then bring in actuals. The source is only read. */
export function ConvertPane() {
  const s = usePaneStyles();
  // The App's overview: read once at start and again after every change, so the sheet list is current.
  const { overview } = usePane();
  // Each pick gets a number, so picking the same sheet again reads it afresh.
  const [pick, setPick] = useState<{ source: SourceRef; n: number } | null>(null);
  return (
    <section className={s.pane} aria-label="Convert plan">
      <AsyncView state={overview} loading="Listing your sheets…">
        {(o) => (
          <>
            <h2 className={s.h}>1. Your plan</h2>
            <Text size={200} className={s.muted}>
              PlanGate reads your sheet or file and never changes it; the register goes to the PG sheets.
            </Text>
            <SourcePicker
              what="plan"
              sheets={o.userSheets}
              busy={false}
              onPick={(source) => setPick((p) => ({ source, n: (p?.n ?? 0) + 1 }))}
            />
            {pick && <Inspect key={pick.n} source={pick.source} />}
            <h2 className={s.h}>2. Actuals</h2>
            {o.hasRegister || pick ? (
              <ActualsImport sheets={o.userSheets} />
            ) : (
              <Text>Convert a plan first; then import actuals from a CRM or ERP export.</Text>
            )}
          </>
        )}
      </AsyncView>
    </section>
  );
}

function Inspect({ source }: { source: SourceRef }) {
  const { service } = usePane();
  const inspection = useAsync(() => service.inspectSource(source), [service, source]);
  return (
    <>
      <Divider />
      <AsyncView state={inspection} loading={`Reading ${sourceName(source)}…`}>
        {(i) => <ConvertFlow source={source} inspection={i} />}
      </AsyncView>
    </>
  );
}
