import type { ProtectionApi } from '../../../sheets-addon/server/apps-script-api.js';
import type { CallLog } from './call-log.js';

export const PROTECTED_EDIT_MESSAGE =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

/**
 * A sheet protection. Hard protections let only their editors write; warning-only ones let
 * everybody write (people see a warning in the UI first, scripts are not stopped).
 */
export class FakeProtection implements ProtectionApi {
  description = '';
  warningOnly = false;
  removed = false;
  readonly editors: string[];
  constructor(
    private readonly log: CallLog,
    owner: string,
    private readonly onRemove: (p: FakeProtection) => void,
  ) {
    this.editors = [owner];
  }
  setDescription(description: string): this {
    this.log.hit('Protection.setDescription');
    this.description = description;
    return this;
  }
  setWarningOnly(warningOnly: boolean): this {
    this.log.hit('Protection.setWarningOnly');
    this.warningOnly = warningOnly;
    return this;
  }
  isWarningOnly(): boolean {
    return this.warningOnly;
  }
  remove(): void {
    this.log.hit('Protection.remove');
    this.removed = true;
    this.onRemove(this);
  }
  /** Throws as Sheets does when `user` may not write under this protection. */
  checkWrite(user: string): void {
    if (!this.warningOnly && !this.editors.includes(user)) throw new Error(PROTECTED_EDIT_MESSAGE);
  }
}
