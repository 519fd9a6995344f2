/**
 * The core's one door. Everything outside core — the panes, the Excel and Sheets hosts, the file
 * reader and writer, the command line, the playground, benches and scripts — imports core from
 * here and nowhere else (the lint enforces it; see docs/architecture.md). Everything here runs
 * unchanged in browsers, Node and Apps Script. Nothing here has side effects on import
 * (core/package.json says so), so a bundle keeps only what it uses.
 *
 * Listed floor by floor, bottom to top.
 */

// The domain's words (core/model).
export type { CellValue, Grid, CellProblem } from './model/cell.js';
export { cellAddress, columnLetter } from './model/cell.js';
export type { Initiative, Light, State } from './model/initiative.js';
export { STATES, blankInitiative } from './model/initiative.js';
export type { Criterion, Role } from './model/ladder.js';
export { CRITERIA, ROLES } from './model/ladder.js';
export type {
  Bridge,
  DecisionItem,
  DoiBucket,
  Flag,
  FlagCode,
  GroupBy,
  InitiativeMetrics,
  Portfolio,
  PortfolioGroup,
  PortfolioTotals,
  ValueStatus,
} from './model/metrics.js';
export { FLAG_CODES } from './model/metrics.js';
export { isPeriod, type Period } from './model/period.js';
export type { Register } from './model/register.js';
export type { Settings } from './model/settings.js';
export { SHEETS, PG_SHEETS, isPlanGateSheet } from './model/sheets.js';
export type { Actor } from './model/actor.js';
export type { FieldMapping, FieldName, Mapping } from './model/mapping.js';
export type { MoveKind, MoveRequest } from './model/move-request.js';
export type { SignOffRequest } from './model/sign-off-request.js';

// The contract (core/contract): what every pane talks to, its DTOs, the error it raises, the ports.
export type * from './contract/governance-service.js';
export { PlanGateError, isPlanGateError } from './contract/plan-gate-error.js';
export type { IdentityProvider } from './contract/identity-provider.js';
export type {
  PlanImporter,
  ImportContext,
  ConversionOutcome,
  ActualsOutcome,
} from './contract/plan-importer.js';
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
} from './contract/workbook-port.js';
export { ConcurrentEditError } from './contract/workbook-port.js';
export type { ReadSourceFile } from './contract/read-source-file.js';

// Reading what people type (core/values), the in-memory ports and number formats (core/port),
// the sample workbook (core/sample).
export * from './values/index.js';
export { MemoryWorkbook } from './port/memory-workbook.js';
export { ABSENT_SHEET, gridStamp } from './port/grid-stamp.js';
export { declaredIdentity } from './port/declared-identity.js';
export {
  EXCEL_MONEY,
  GENERAL_FORMAT,
  TEXT_FORMAT,
  amountPattern,
  cellNumberFormat,
  columnNumberFormats,
  type MoneyFormat,
} from './port/number-formats.js';
export {
  SAMPLE_ACTUALS_SHEET,
  SAMPLE_AS_OF,
  SAMPLE_PLAN_SHEET,
  sampleWorkbook,
} from './sample/sample-workbook.js';

// Metrics (core/metrics): the same figures the service reports, for benches and roll-ups.
export { locateAsOf } from './metrics/as-of.js';
export { roundToCents } from './metrics/cents.js';
export { computeMetrics, type RegisterMetrics } from './metrics/compute-metrics.js';
export { isoDay } from './metrics/iso-day.js';
export { TOTAL_FIELDS } from './metrics/portfolio-totals.js';
export { buildPortfolio } from './metrics/portfolio.js';
export { rollUpPortfolios, type PortfolioPart, type PortfolioRollUp } from './metrics/portfolio-roll-up.js';
export { allocatePeriodSums } from './metrics/series-sums.js';

// The PG sheets codec (core/codec), plan import (core/import), actuals (core/actuals).
export {
  decodeRegister,
  encodeRegister,
  encodeRegisterSheet,
  encodeSeriesSheet,
  defaultSettings,
  flagLabel,
} from './codec/index.js';
export type { RegisterDecode } from './codec/index.js';
export { convertTable, inspectWorkbook } from './import/index.js';
export type { ImportSource, ImportedPlan, MergedRange } from './import/index.js';
export type { ActualsMapping, ActualsResult } from './actuals/actuals-types.js';

// The worksheet functions both hosts register (core/functions).
export {
  NO_REALIZATION,
  eac,
  realization,
  valueStatus,
  weightedValue,
} from './functions/plangate-functions.js';
export { FunctionInputError } from './functions/function-input-error.js';

// The composition root (core/service).
export { createGovernanceService, type ServiceDeps } from './service/create-governance-service.js';
export { createPlanImporter, type PlanImporterOptions } from './service/create-plan-importer.js';

// The self-test of Settings › Diagnostics (core/selftest), above the composition root it uses.
export { runSelfTest, type SelfTestHost } from './selftest/run-self-test.js';
export { SCRATCH_SHEETS, isScratchSheet } from './selftest/scratch-port.js';
export type { SelfTestReport, SelfTestStep, SelfTestEnvironment } from './selftest/self-test-report.js';
