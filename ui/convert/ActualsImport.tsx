import { useState } from 'react';
import { Checkbox, Spinner } from '@fluentui/react-components';
import type { SourceRef } from '../../core/index.js';
import { ResultBar } from '../common/ResultBar.js';
import { useAction } from '../common/useAction.js';
import { usePane } from '../PaneContext.js';
import { ActualsReportView } from './ActualsReportView.js';
import { SourcePicker } from './SourcePicker.js';

/** Import a CRM/ERP export as actuals, from a sheet or a file. */
export function ActualsImport({ sheets }: { sheets: string[] }) {
  const { service, changed } = usePane();
  // Totals without a date ("All time", a year) are spread over the plan, never booked in one month.
  const [spread, setSpread] = useState(false);
  const actuals = useAction(
    (source: SourceRef) =>
      spread ? service.importActuals(source, { spread: 'plan' }) : service.importActuals(source),
    changed,
  );
  // While a new import runs, and after one failed, the last report is no longer the current one.
  const report = actuals.busy || actuals.failure ? null : actuals.outcome;
  return (
    <>
      <Checkbox
        label="Spread amounts without a date over each initiative's plan up to the as-of date"
        checked={spread}
        onChange={(_, data) => setSpread(data.checked === true)}
      />
      <SourcePicker what="actuals" sheets={sheets} busy={actuals.busy} onPick={actuals.run} />
      {actuals.busy && <Spinner size="tiny" label="Importing actuals…" />}
      <ResultBar result={actuals.failure} />
      {report && <ActualsReportView report={report} />}
    </>
  );
}
