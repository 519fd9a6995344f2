import type { RegisterMetrics } from '../metrics/compute-metrics.js';
import type { Register } from '../model/register.js';
import type { PortfolioDto } from '../contract/governance-service.js';

/** The portfolio plus the controller's sign-off queue (active initiatives one level below sign-off) and the snapshot labels. */
export function toPortfolioDto(register: Register, metrics: RegisterMetrics): PortfolioDto {
  const ready = register.settings.ladder.signOffLevel - 1;
  return {
    ...metrics.portfolio,
    signOffQueue: register.initiatives
      .map((initiative, i) => ({ initiative, m: metrics.initiatives[i] }))
      .filter(({ initiative }) => initiative.doi === ready && initiative.state === 'active')
      .map(({ initiative, m }) => ({
        id: initiative.id,
        name: initiative.name,
        owner: initiative.owner,
        controller: initiative.controller,
        actualToDate: m.actualToDate,
        estimateAtCompletion: m.estimateAtCompletion,
        planTotal: m.planTotal,
      })),
    snapshots: register.snapshots.map((s) => s.label),
  };
}
