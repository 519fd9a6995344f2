/**
 * The playground's composition root: the sample workbook in memory, the real service over it
 * with a declared identity, and uploads read in the browser. Works offline.
 */
import { createRoot } from 'react-dom/client';
import { MemoryWorkbook } from '../core/port/memory-workbook.js';
import { SAMPLE_AS_OF, sampleWorkbook } from '../core/sample/sample-workbook.js';
import { declaredIdentity } from '../core/service/identity-provider.js';
import { ObservableWorkbook } from './observable-workbook.js';
import { peopleOf } from './people.js';
import { Playground } from './Playground.js';
import { createSignal } from './signal.js';
import { lazyService } from './lazy-service.js';
import { startApp } from '../ui/appStart.js';

const sample = sampleWorkbook();
const book = new MemoryWorkbook();
for (const name of sample.sheetNames) book.setSheet(name, sample.grids[name]);
const workbook = new ObservableWorkbook(book);

// Start as the first person the sample names; "Acting as" switches.
const firstPerson = peopleOf(Object.values(sample.grids), null)[0]?.name ?? 'Playground user';
const identity = declaredIdentity(firstPerson);

// The sample's story happens on its as-of date: the playground's clock starts there and runs on,
// so a fresh register is as of that day and audit times still advance.
const started = Date.now();
const clock = () => new Date(Date.parse(`${SAMPLE_AS_OF}T09:00:00Z`) + (Date.now() - started));

// The core arrives in its own chunk, fetched at once; the spreadsheet reader only on upload.
const service = lazyService(async () =>
  (await import('../core/service/create-governance-service.js')).createGovernanceService({
    port: workbook,
    clock,
    identity,
    readSourceFile: async (fileName, bytes) =>
      (await import(/* webpackChunkName: "reader" */ '../io/read-workbook-file.js')).readWorkbookFile(
        fileName,
        bytes,
      ),
  }),
);

// The overview and the first pane's code are asked for at once; the page is drawn when both are
// here, in one render and one layout, instead of a shell, a spinner and then the pane.
const start = startApp(service);

void start.ready.then(() =>
  createRoot(document.getElementById('root')!).render(
    <Playground
      workbook={workbook}
      service={service}
      start={start}
      initialName={firstPerson}
      identityChanged={createSignal()}
    />,
  ),
);
