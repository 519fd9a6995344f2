/** Where the register's rows sit on the sheets, so messages name the rows people see. */
export interface SheetRows {
  /** 1-based PG Register row of each initiative, by ID, as the register decoder found it. */
  register?: ReadonlyMap<string, number>;
  /**
   * 1-based PG Audit row of each event, by its index in `register.audit`. Blank rows typed
   * between events are counted, so a message never sends the user to the wrong row.
   */
  audit?: readonly number[];
}

/** The PG Audit row of the event at `index`; without `rows.audit`, as if PG Audit had no blank rows (header row 1). */
export function auditRowOf(rows: SheetRows, index: number): number {
  return rows.audit?.[index] ?? index + 2;
}
