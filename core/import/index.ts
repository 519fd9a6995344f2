export { inspectWorkbook } from './inspect-workbook.js';
export { previewConversion } from './preview-conversion.js';
export { convertTable } from './convert-table.js';
export type { ImportedPlan, ImportSource, InspectOptions, ConvertSettings } from './imported-plan.js';
export type { MergedRange } from './merged-range.js';
export { derivedId } from './stable-id.js';
export { currencyMismatch, planCurrency, type PlanCurrency } from './plan-currency.js';
