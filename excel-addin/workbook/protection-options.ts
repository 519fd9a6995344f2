/**
 * How PG sheets marked `protection: 'warning'` are protected: no password (a person can
 * unprotect from Review > Unprotect Sheet when they really mean to), but editing, inserting
 * and deleting need that deliberate step. Selecting, filtering and sorting stay possible.
 */
export const PROTECTION_OPTIONS: Excel.WorksheetProtectionOptions = {
  allowAutoFilter: true,
  allowSort: true,
  allowFormatColumns: true,
  allowFormatCells: false,
  allowFormatRows: false,
  allowInsertRows: false,
  allowInsertColumns: false,
  allowDeleteRows: false,
  allowDeleteColumns: false,
  allowInsertHyperlinks: false,
  allowEditObjects: false,
  allowEditScenarios: false,
};
