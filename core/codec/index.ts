export { decodeRegister, type DecodeOptions, type RegisterDecode } from './decode-register.js';
export { encodeRegister } from './encode-register.js';
export { encodeRegisterSheet, type RegisterBase } from './encode-register-sheet.js';
export {
  encodeSeriesSheet,
  SERIES_SHEETS,
  type SeriesBase,
  type SeriesField,
} from './encode-series-sheet.js';
export { encodePortfolioSheet } from './portfolio-sheet.js';
export { encodeSettingsSheet, decodeSettingsSheet, SETTING_KEYS } from './settings-sheet.js';
export { encodeSnapshotsSheet, decodeSnapshotsSheet } from './snapshots-sheet.js';
export {
  AUDIT_COLUMNS,
  AUDIT_LAYOUT,
  encodeAuditAppend,
  encodeAuditSheet,
  decodeAuditSheet,
} from './audit-sheet.js';
export { GOVERNED_COLUMNS, splitKeys } from './register-columns.js';
export { COMPUTED_COLUMNS, COMPUTED_SUFFIX, computedHeader, flagLabel } from './computed-columns.js';
export { defaultSettings } from './default-settings.js';
export { doiLabel, doiChoices, parseDoi } from './doi-cell.js';
export { levelText, parseLevelText } from './ladder-text.js';
export { periodOfHeader } from './period-header.js';
export { headerKey } from './header-key.js';
