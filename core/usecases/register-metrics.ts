import { computeMetrics, type RegisterMetrics } from '../metrics/compute-metrics.js';
import type { GroupBy } from '../model/metrics.js';
import type { Register } from '../model/register.js';
import { recordedLevels } from '../seal/recorded-levels.js';
import { latestBaselines, signOffChanges } from '../seal/sealed-values.js';

/** The metrics of a register with what the audit log says about baselines, seals and the levels reached. */
export function registerMetrics(register: Register, groupBy: GroupBy | null = null): RegisterMetrics {
  return computeMetrics(register, {
    baselines: latestBaselines(register),
    signOffChanges: signOffChanges(register),
    recorded: recordedLevels(register),
    groupBy,
  });
}
