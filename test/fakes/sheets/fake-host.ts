import type { CallLog } from './call-log.js';

/** What sheets and ranges need from the spreadsheet around them. */
export interface FakeHost {
  readonly log: CallLog;
  timeZone(): string;
  /** The person the current execution runs as (owner of new protections, checked against editors). */
  currentUser(): string;
}
