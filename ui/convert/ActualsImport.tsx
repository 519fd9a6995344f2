import { useState } from 'react';
import { Spinner } from '@fluentui/react-components';
import type { ActualsReportDto, SourceRef } from '../../core/index.js';
import { failed, ResultBar, type WriteResult } from '../common/ResultBar.js';
import { usePane } from '../PaneContext.js';
import { ActualsReportView } from './ActualsReportView.js';
import { SourcePicker } from './SourcePicker.js';

/** Import a CRM/ERP export as actuals, from a sheet or a file. */
export function ActualsImport({ sheets }: { sheets: string[] }) {
  const { service, changed } = usePane();
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<ActualsReportDto | null>(null);
  const [error, setError] = useState<WriteResult | null>(null);
  const run = async (source: SourceRef) => {
    setBusy(true);
    setError(null);
    setReport(null);
    try {
      setReport(await service.importActuals(source));
      changed();
    } catch (e) {
      setError(failed(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <SourcePicker what="actuals" sheets={sheets} busy={busy} onPick={(src) => void run(src)} />
      {busy && <Spinner size="tiny" label="Importing actuals…" />}
      <ResultBar result={error} />
      {report && <ActualsReportView report={report} />}
    </>
  );
}
