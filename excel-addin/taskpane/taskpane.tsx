/**
 * The Excel host's composition root: Office.js ready → ExcelWorkbook → GovernanceService → panes.
 * Custom functions and ribbon commands share this runtime (see manifest.xml).
 */
import { createRoot } from 'react-dom/client';
import { App } from '../../ui/App.js';
import { startApp } from '../../ui/appStart.js';
import { ExcelWorkbook, type ExcelRun } from '../excel-workbook.js';
import { deferredService } from './deferred-service.js';
import { identityForHost } from './identity-for-host.js';
import { officeStore } from './key-value-store.js';
import { subscribeChanges, subscribeSelection } from './workbook-events.js';

declare const PLANGATE_NAA_CLIENT_ID: string;

const root = createRoot(document.getElementById('root')!);

void Office.onReady((info) => {
  if (info.host !== Office.HostType.Excel) {
    root.render(<p style={{ padding: 16 }}>PlanGate runs inside Excel: open it from Home › PlanGate.</p>);
    return;
  }
  const run: ExcelRun = (batch) => Excel.run(batch);
  const service = deferredService(async () => {
    const [{ createGovernanceService }, identity] = await Promise.all([
      import(/* webpackExports: ["createGovernanceService"] */ '../../core/index.js'),
      identityForHost(officeStore(), PLANGATE_NAA_CLIENT_ID || undefined),
    ]);
    return createGovernanceService({
      port: new ExcelWorkbook({ run }),
      clock: () => new Date(),
      identity,
      readSourceFile: async (fileName, bytes) =>
        (await import(/* webpackChunkName: "reader" */ '../../io/read-workbook-file.js')).readWorkbookFile(
          fileName,
          bytes,
        ),
    });
  });
  // Settings › Diagnostics: loaded only when someone runs it.
  const selfTest = async () => {
    const [{ excelEnvironment, excelSelfTest }, pkg] = await Promise.all([
      import(/* webpackChunkName: "self-test" */ '../diagnostics/excel-self-test.js'),
      import('../../package.json'),
    ]);
    return excelSelfTest(run, excelEnvironment(Office.context, pkg.default.version))();
  };
  // Drawn once the overview and the first pane's code are here: one pass, no spinner in between.
  const start = startApp(service);
  void start.ready.then(() =>
    root.render(
      <App
        service={service}
        start={start}
        subscribeSelection={subscribeSelection(run)}
        subscribeChanges={subscribeChanges(run)}
        selfTest={selfTest}
      />,
    ),
  );
});
