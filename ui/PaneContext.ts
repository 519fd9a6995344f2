import { createContext, useContext } from 'react';
import type { GovernanceService, OverviewDto, SelfTestReport } from '../core/index.js';
import type { AsyncState } from './common/useAsync.js';
import type { Formatters } from './format/formatters.js';

export type PaneId =
  'convert' | 'register' | 'initiative' | 'signoff' | 'portfolio' | 'integrity' | 'settings';

/** What every pane may use: the service, formatting, navigation, and a counter bumped after each write. */
export interface PaneContextValue {
  service: GovernanceService;
  format: Formatters;
  /** Increases after any write; panes reload when it changes. */
  version: number;
  /** The workbook's overview, read again after every change; `reload` asks again. */
  overview: AsyncState<OverviewDto> & { reload: () => void };
  /** Call after a successful write so every pane shows fresh figures. */
  changed: () => void;
  openInitiative: (id: string) => void;
  selectedId: string | null;
  go: (pane: PaneId) => void;
  /** The host's self-test (Settings › Diagnostics), where the host has one. */
  selfTest?: () => Promise<SelfTestReport>;
}

export const PaneContext = createContext<PaneContextValue | null>(null);

export function usePane(): PaneContextValue {
  const value = useContext(PaneContext);
  if (!value) throw new Error('Panes must be rendered inside <App>.');
  return value;
}
