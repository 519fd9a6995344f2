import { usageError } from './exit-codes.js';

/** `--fiscal-year-start M`: the month number 1–12, or a usage error saying so. */
export function fiscalStart(value: string | boolean | undefined): number | undefined {
  if (value === undefined) return undefined;
  const month = Number(value);
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw usageError(
      `--fiscal-year-start ${String(value)} is not a month: give its number, 1 (January) to 12.`,
    );
  }
  return month;
}
