import { useAsync } from '../common/useAsync.js';
import { usePane } from '../PaneContext.js';

/** The verification of the audit chain and the seals, asked again after every change or on request. */
export function useIntegrityPane() {
  const { service, version, openInitiative, format } = usePane();
  const state = useAsync(() => service.verify(), [service, version]);
  return { state, openInitiative, format };
}

export type IntegrityPaneState = ReturnType<typeof useIntegrityPane>;
