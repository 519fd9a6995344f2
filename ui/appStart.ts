import type { GovernanceService, OverviewDto } from '../core/service/governance-service.js';
import { firstPane, loadPane } from './paneModules.js';

/** The first answers the App needs, asked for before React's first render. */
export interface AppStart {
  overview: Promise<OverviewDto>;
}

/**
 * Asks for the overview and, as soon as it says which pane opens first, fetches that pane's
 * code — while the page is still rendering its shell, not after. Composition roots call this
 * next to `createRoot` and pass the result to `<App start={…}>`.
 */
export function startApp(service: GovernanceService): AppStart {
  const overview = service.overview();
  overview
    .then(
      (o) => loadPane(firstPane(o)),
      () => loadPane(firstPane(null)),
    )
    // A failed fetch is reported by the App when it opens the pane, with a way to retry.
    .catch(() => undefined);
  return { overview };
}
