/**
 * The playground's composition: the sample workbook in memory, the real service over it with a
 * declared identity, and uploads read in the browser. The page (main.tsx) and the build-time
 * prerender (build/prerender.tsx) both start here, so the HTML the build writes is the page's own first
 * render.
 */
import type { ReactElement } from 'react';
import { MemoryWorkbook } from '../core/index.js';
import { SAMPLE_AS_OF, sampleWorkbook } from '../core/index.js';
import { createGovernanceService } from '../core/index.js';
import { declaredIdentity } from '../core/index.js';
import { startApp } from '../ui/appStart.js';
// The sample has no register yet, so the playground always opens on Convert plan: its code comes
// with the page, and the pane loader (ui/paneModules.ts) finds it already here.
import '../ui/convert/ConvertPane.js';
import { ObservableWorkbook } from './observable-workbook.js';
import { peopleOf } from './people.js';
import { Playground } from './Playground.js';
import { createSignal } from './signal.js';

/** Attribute on the page's root element when the build wrote the first render into index.html. */
export const PRERENDERED = 'data-prerendered';

/** Builds the playground and resolves with its page once the first pane can be drawn. */
export async function createPlayground(): Promise<ReactElement> {
  const sample = sampleWorkbook();
  const book = new MemoryWorkbook();
  for (const name of sample.sheetNames) book.setSheet(name, sample.grids[name]);
  const workbook = new ObservableWorkbook(book);

  // Start as the first person the sample names; "Acting as" switches.
  const firstPerson = peopleOf(Object.values(sample.grids), null)[0]?.name ?? 'Playground user';

  // The sample's story happens on its as-of date: the playground's clock starts there and runs on,
  // so a fresh register is as of that day and audit times still advance.
  const started = Date.now();
  const clock = () => new Date(Date.parse(`${SAMPLE_AS_OF}T09:00:00Z`) + (Date.now() - started));

  // The core and the first pane are part of the page's script: the playground needs both before
  // it can show anything, and one script starts sooner than three. The spreadsheet reader comes
  // only with an upload, in a worker of its own.
  const service = createGovernanceService({
    port: workbook,
    clock,
    identity: declaredIdentity(firstPerson),
    // Uploads are read in a Web Worker that is stopped if it runs too long (see read-in-worker.ts).
    readSourceFile: async (fileName, bytes) =>
      (await import(/* webpackChunkName: "reader" */ './read-in-worker.js')).readInWorker(fileName, bytes),
  });

  // The overview and the first pane's code are asked for at once; the page is drawn when both are
  // here, in one render and one layout, instead of a shell, a spinner and then the pane.
  const start = startApp(service);
  await start.ready;
  return (
    <Playground
      workbook={workbook}
      service={service}
      start={start}
      initialName={firstPerson}
      identityChanged={createSignal()}
    />
  );
}
