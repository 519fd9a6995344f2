import type { GovernanceService, OverviewDto } from '../core/index.js';
import { firstPane, loadPane } from './paneModules.js';

/** The first answers the App needs, asked for before React's first render. */
export interface AppStart {
  overview: Promise<OverviewDto>;
  /**
   * Settles once the overview has answered and the first pane's code is here (or either failed).
   * A host that awaits it before rendering draws the whole pane in one pass instead of a shell,
   * a spinner and then the pane.
   */
  ready: Promise<void>;
  /** The overview's answer, set when it arrives, so the first render can use it directly. */
  settled?: { overview: OverviewDto | null; error?: unknown };
}

/**
 * Asks for the overview and, as soon as it says which pane opens first, fetches that pane's
 * code. Composition roots call this before `createRoot` and pass the result to `<App start={…}>`.
 */
export function startApp(service: GovernanceService): AppStart {
  const start: AppStart = { overview: service.overview(), ready: Promise.resolve() };
  start.ready = start.overview
    .then(
      (overview) => {
        start.settled = { overview };
        return loadPane(firstPane(overview));
      },
      (error: unknown) => {
        start.settled = { overview: null, error };
        return loadPane(firstPane(null));
      },
    )
    // A failed fetch is reported by the App when it opens the pane, with a way to retry.
    .then(
      () => undefined,
      () => undefined,
    );
  return start;
}
