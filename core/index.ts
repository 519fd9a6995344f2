/**
 * The core's public surface for hosts (task pane, Apps Script server, playground, command line):
 * one composition root (`createGovernanceService`), the port and its in-memory implementation,
 * the register codec and the value readers. Everything here runs unchanged in browsers, Node
 * and Apps Script.
 */
export { createGovernanceService, type ServiceDeps } from './service/create-governance-service.js';
export type * from './service/governance-service.js';
export { PlanGateError, isPlanGateError } from './service/plan-gate-error.js';
export { declaredIdentity, type IdentityProvider } from './service/identity-provider.js';
export type {
  PlanImporter,
  ImportContext,
  ConversionOutcome,
  ActualsOutcome,
} from './service/plan-importer.js';
export { createPlanImporter } from './merge/create-plan-importer.js';

export type {
  WorkbookPort,
  WorkbookRead,
  WritePlan,
  SheetWrite,
  SheetLayout,
  ColumnSpec,
  ColumnKind,
  ConditionalRule,
  ChartSpec,
} from './port/workbook-port.js';
export { ConcurrentEditError } from './port/workbook-port.js';
export { MemoryWorkbook } from './port/memory-workbook.js';

export {
  decodeRegister,
  encodeRegister,
  encodeRegisterSheet,
  encodeSeriesSheet,
  defaultSettings,
} from './codec/index.js';
export type { RegisterDecode } from './codec/index.js';
export { SHEETS, PG_SHEETS, isPlanGateSheet } from './model/sheets.js';
export type { Register } from './model/register.js';
export type { Initiative } from './model/initiative.js';
export type { Settings } from './model/settings.js';
export type { CellValue, Grid, CellProblem } from './model/cell.js';

export * from './values/index.js';

export { runSelfTest, type SelfTestHost } from './selftest/run-self-test.js';
export { SCRATCH_SHEETS, isScratchSheet } from './selftest/scratch-port.js';
export type { SelfTestReport, SelfTestStep, SelfTestEnvironment } from './selftest/self-test-report.js';
