import { computeMetrics, type RegisterMetrics } from '../metrics/compute-metrics.js';
import type { GroupBy } from '../model/metrics.js';
import type { Register } from '../model/register.js';
import { latestBaselines, signOffChanges } from '../seal/sealed-values.js';

/** The metrics of a register with what the audit log says about baselines and seals. */
export function registerMetrics(register: Register, groupBy: GroupBy | null = null): RegisterMetrics {
  return computeMetrics(register, {
    baselines: latestBaselines(register),
    signOffChanges: signOffChanges(register),
    groupBy,
  });
}
