import { cellAddress, type Grid } from '../model/cell.js';
import type { ActualsWarningDto } from '../contract/governance-service.js';
import { mixedDateOrder } from '../values/date-order.js';
import type { ActualsMapping } from './actuals-types.js';

/**
 * The question a date column asks when it mixes day-first and month-first writing: which way
 * its two-way dates are meant. Says how PlanGate read them meanwhile, at the first such cell.
 */
export function dateOrderWarning(grid: Grid, mapping: ActualsMapping): ActualsWarningDto | null {
  if (mapping.layout !== 'long' || !mapping.period) return null;
  const column = mapping.period.column;
  const cells = grid.slice(mapping.headerRow).map((row) => row[column] ?? null);
  const mixed = mixedDateOrder(cells);
  if (!mixed) return null;
  const at = (index: number): string => cellAddress(mapping.headerRow + index, column);
  return {
    sheet: mapping.sheet,
    cell: at(mixed.ambiguous.index),
    message: `${mapping.period.header} mixes day-first and month-first dates: "${mixed.evidence.text}" (${at(mixed.evidence.index)}) is day-first, but "${mixed.ambiguous.text}" (${at(mixed.ambiguous.index)}) reads either way. PlanGate read such dates month-first, as US exports write them: check the periods booked, or write the dates as 2027-01-02 and import again.`,
  };
}
