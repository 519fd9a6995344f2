import { useState } from 'react';
import {
  Button,
  Divider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
} from '@fluentui/react-components';
import type { InspectionDto, MappingDto, MergeReportDto, SourceRef } from '../../core/index.js';
import { AsyncView } from '../common/AsyncView.js';
import { failed, ResultBar, type WriteResult } from '../common/ResultBar.js';
import { usePaneStyles } from '../common/layout.js';
import { useAsync } from '../common/useAsync.js';
import { usePane } from '../PaneContext.js';
import { ExcludedRows } from './ExcludedRows.js';
import { MappingEditor } from './MappingEditor.js';
import { MergeReportView } from './MergeReportView.js';
import { PreviewView } from './PreviewView.js';
import { TableChooser } from './TableChooser.js';
import { Warnings } from './Warnings.js';

/** Inspection of one source → mapping → preview → convert. */
export function ConvertFlow({ source, inspection }: { source: SourceRef; inspection: InspectionDto }) {
  const s = usePaneStyles();
  const { service, changed, go } = usePane();
  const initial = Math.max(
    0,
    inspection.tables.findIndex((t) => t.verdict === 'plan'),
  );
  const [index, setIndex] = useState(initial);
  const [mapping, setMapping] = useState<MappingDto | null>(inspection.tables[initial]?.mapping ?? null);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<MergeReportDto | null>(null);
  const [error, setError] = useState<WriteResult | null>(null);
  const key = JSON.stringify(mapping);
  const preview = useAsync(
    () => (mapping ? service.previewConversion(source, mapping) : Promise.resolve(null)),
    [service, key],
  );

  if (inspection.error)
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>No register can be made from this source</MessageBarTitle>
          {inspection.error}
        </MessageBarBody>
      </MessageBar>
    );
  const table = inspection.tables[index];
  if (!table || !mapping) return <Text>No table found in {inspection.source}.</Text>;

  const convert = async () => {
    setBusy(true);
    setError(null);
    try {
      setReport(await service.convert(source, mapping));
      changed();
    } catch (e) {
      setError(failed(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Warnings items={inspection.warnings} />
      <TableChooser
        tables={inspection.tables}
        index={index}
        onChange={(i) => {
          setIndex(i);
          setMapping(inspection.tables[i].mapping);
        }}
      />
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
      <MappingEditor table={table} mapping={mapping} onChange={setMapping} />
      <h3 className={s.h}>Preview</h3>
      <AsyncView state={preview} loading="Previewing…">
        {(p) => (p ? <PreviewView preview={p} currency={report ? undefined : table.currency} /> : null)}
      </AsyncView>
      <div className={s.row}>
        <Button
          appearance="primary"
          disabled={busy || preview.status !== 'done'}
          onClick={() => void convert()}
        >
          Convert to register
        </Button>
      </div>
      <ResultBar result={error} />
      {report && (
        <>
          <MergeReportView report={report} shownAbove={[...inspection.warnings, ...table.warnings]} />
          <div className={s.row}>
            <Button onClick={() => go('register')}>Open the register</Button>
          </div>
        </>
      )}
      <Divider />
    </>
  );
}
