import { usePaneStyles } from '../common/layout.js';
import { renderIntegrityPane } from './renderIntegrityPane.js';
import { useIntegrityPane } from './useIntegrityPane.js';

/** Recomputes the audit hash chain and compares closed initiatives with their seals. */
export function IntegrityPane() {
  return renderIntegrityPane(useIntegrityPane(), usePaneStyles());
}
