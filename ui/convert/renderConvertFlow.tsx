import {
  Button,
  Divider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
} from '@fluentui/react-components';
import { AsyncView } from '../common/AsyncView.js';
import { ResultBar } from '../common/ResultBar.js';
import type { PaneClasses } from '../common/layout.js';
import { ExcludedRows } from './ExcludedRows.js';
import { MappingEditor } from './MappingEditor.js';
import { MergeReportView } from './MergeReportView.js';
import { PreviewView } from './PreviewView.js';
import { TableChooser } from './TableChooser.js';
import type { ConvertFlowState } from './useConvertFlow.js';
import { Warnings } from './Warnings.js';

/** The Convert flow drawn from its state: inspection → mapping → preview → convert. */
export function renderConvertFlow(state: ConvertFlowState, s: PaneClasses) {
  const { inspection, index, table, mapping, preview, conversion } = state;
  if (inspection.error)
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>No register can be made from this source</MessageBarTitle>
          {inspection.error}
        </MessageBarBody>
      </MessageBar>
    );
  if (!table || !mapping) return <Text>No table found in {inspection.source}.</Text>;
  const report = conversion.outcome;

  return (
    <>
      <Warnings items={inspection.warnings} />
      <TableChooser tables={inspection.tables} index={index} onChange={state.chooseTable} />
      <Text>
        Found {table.initiatives} initiative rows and {table.periods.length} periods in {table.sheet} (header
        row {table.headerRow}).
      </Text>
      {table.verdict !== 'plan' && (
        <MessageBar intent="warning">
          <MessageBarBody>
            This table{' '}
            {table.verdict === 'actuals' ? 'looks like actuals, not a plan' : 'does not look like a plan'}.
            Check the mapping before converting.
          </MessageBarBody>
        </MessageBar>
      )}
      <Warnings items={table.warnings} />
      <ExcludedRows rows={table.excluded} />
      <h3 className={s.h}>Mapping</h3>
      <MappingEditor table={table} mapping={mapping} onChange={state.setMapping} />
      <h3 className={s.h}>Preview</h3>
      <AsyncView state={preview} loading="Previewing…">
        {(p) => (p ? <PreviewView preview={p} currency={report ? undefined : table.currency} /> : null)}
      </AsyncView>
      <div className={s.row}>
        <Button
          appearance="primary"
          disabled={conversion.busy || preview.status !== 'done'}
          onClick={() => conversion.run(mapping)}
        >
          Convert to register
        </Button>
      </div>
      <ResultBar result={conversion.failure} />
      {report && (
        <>
          <MergeReportView report={report} shownAbove={[...inspection.warnings, ...table.warnings]} />
          <div className={s.row}>
            <Button onClick={state.openRegister}>Open the register</Button>
          </div>
        </>
      )}
      <Divider />
    </>
  );
}
