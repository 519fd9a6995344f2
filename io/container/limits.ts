/**
 * How far PlanGate unpacks a spreadsheet before it refuses it. Real plans stay far below:
 * a 10 000-row × 40-column sheet is ~25 MB of XML packed about 10 : 1.
 */
export const CONTAINER_LIMITS = {
  /** All parts together, unpacked. */
  totalUnpackedBytes: 1024 * 1024 * 1024,
  /** A part packed tighter than this… */
  bombRatio: 100,
  /** …and bigger than this when unpacked is a zip bomb, not a sheet. */
  bombMinBytes: 32 * 1024 * 1024,
} as const;
