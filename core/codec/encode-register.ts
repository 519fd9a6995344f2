import type { RegisterMetrics } from '../metrics/compute-metrics.js';
import type { Register } from '../model/register.js';
import type { SheetWrite } from '../contract/workbook-port.js';
import { encodeAuditSheet } from './audit-sheet.js';
import { encodeRegisterSheet } from './encode-register-sheet.js';
import { encodeSeriesSheet } from './encode-series-sheet.js';
import { encodePortfolioSheet } from './portfolio-sheet.js';
import { encodeSettingsSheet } from './settings-sheet.js';
import { encodeSnapshotsSheet } from './snapshots-sheet.js';

/**
 * Every PG sheet of a register, fresh (no user edits to preserve): what a conversion into a new
 * workbook or a file writes. Tab order follows the list. Without metrics the computed columns and
 * PG Portfolio are left out.
 */
export function encodeRegister(register: Register, metrics: RegisterMetrics | null): SheetWrite[] {
  const writes: SheetWrite[] = [
    encodeRegisterSheet(register, metrics?.initiatives ?? null),
    encodeSeriesSheet(register, 'plan'),
    encodeSeriesSheet(register, 'forecast'),
    encodeSeriesSheet(register, 'actual'),
    encodeAuditSheet(register.audit),
    encodeSettingsSheet(register.settings),
    encodeSnapshotsSheet(register.snapshots, register.settings.currency),
  ];
  if (metrics) writes.push(encodePortfolioSheet(metrics.portfolio));
  return writes;
}
