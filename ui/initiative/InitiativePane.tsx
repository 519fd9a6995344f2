import { Button, Divider, Text } from '@fluentui/react-components';
import { AsyncView } from '../common/AsyncView.js';
import { usePaneStyles } from '../common/layout.js';
import { useAsync } from '../common/useAsync.js';
import { usePane } from '../PaneContext.js';
import { GateChecklist } from './GateChecklist.js';
import { HistoryList } from './HistoryList.js';
import { InitiativeSummary } from './InitiativeSummary.js';
import { RestoreLevel } from './RestoreLevel.js';
import { MoveForm } from './MoveForm.js';
import { SeriesTable } from './SeriesTable.js';

/** One initiative: lights, metrics, series, the next gate, moves and its audit history. */
export function InitiativePane() {
  const s = usePaneStyles();
  const { selectedId } = usePane();
  if (!selectedId) return <NoSelection />;
  return (
    <section className={s.pane} aria-label="Initiative">
      <InitiativeView key={selectedId} id={selectedId} />
    </section>
  );
}

function NoSelection() {
  const s = usePaneStyles();
  const { go } = usePane();
  return (
    <section className={s.pane} aria-label="Initiative">
      <Text>No initiative selected. Pick one in the register (or select its row in the register sheet).</Text>
      <div>
        <Button onClick={() => go('register')}>Open the register</Button>
      </div>
    </section>
  );
}

function InitiativeView({ id }: { id: string }) {
  const s = usePaneStyles();
  const { service, version } = usePane();
  const state = useAsync(() => service.initiative(id), [service, id, version]);
  return (
    <AsyncView state={state} loading={`Loading ${id}…`}>
      {(detail) => (
        <>
          <InitiativeSummary detail={detail} />
          <RestoreLevel row={detail.row} />
          <Divider />
          <GateChecklist gate={detail.nextGate} />
          <MoveForm detail={detail} />
          <Divider />
          <h3 className={s.h}>Plan, forecast and actual</h3>
          <SeriesTable detail={detail} />
          <Divider />
          <h3 className={s.h}>History</h3>
          <HistoryList events={detail.history} />
        </>
      )}
    </AsyncView>
  );
}
