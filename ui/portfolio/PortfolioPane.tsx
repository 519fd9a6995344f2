import { usePaneStyles } from '../common/layout.js';
import { renderPortfolioPane } from './renderPortfolioPane.js';
import { usePortfolioPane } from './usePortfolioPane.js';

export function PortfolioPane() {
  return renderPortfolioPane(usePortfolioPane(), usePaneStyles());
}
