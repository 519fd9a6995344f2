import type { ComponentType } from 'react';
import type { OverviewDto } from '../core/index.js';
import type { PaneId } from './PaneContext.js';

type Pane = ComponentType;

// Each pane is its own chunk: first load carries only the shell.
const loaders: Record<PaneId, () => Promise<Pane>> = {
  convert: () => import('./convert/ConvertPane.js').then((m) => m.ConvertPane),
  register: () => import('./register/RegisterPane.js').then((m) => m.RegisterPane),
  initiative: () => import('./initiative/InitiativePane.js').then((m) => m.InitiativePane),
  signoff: () => import('./signoff/SignOffPane.js').then((m) => m.SignOffPane),
  portfolio: () => import('./portfolio/PortfolioPane.js').then((m) => m.PortfolioPane),
  integrity: () => import('./integrity/IntegrityPane.js').then((m) => m.IntegrityPane),
  settings: () => import('./settings/SettingsPane.js').then((m) => m.SettingsPane),
};

const pending = new Map<PaneId, Promise<Pane>>();
const loaded = new Map<PaneId, Pane>();

/**
 * Fetches a pane's code once. The App renders a loaded pane directly rather than through
 * React.lazy + Suspense: React holds back content that resolves soon after a Suspense fallback
 * was shown (by design, to avoid flicker), which would delay the first pane by up to 300 ms.
 */
export function loadPane(id: PaneId): Promise<Pane> {
  let promise = pending.get(id);
  if (!promise) {
    promise = loaders[id]().then((pane) => {
      loaded.set(id, pane);
      return pane;
    });
    // A failed fetch (offline, a new deployment) may be retried by opening the pane again.
    promise.catch(() => pending.delete(id));
    pending.set(id, promise);
  }
  return promise;
}

/** The pane's component if its code has arrived, else undefined. */
export function loadedPane(id: PaneId): Pane | undefined {
  return loaded.get(id);
}

/** Where a workbook opens: the register once there is one, else converting a plan into one. */
export function firstPane(overview: OverviewDto | null): PaneId {
  return overview?.hasRegister ? 'register' : 'convert';
}
