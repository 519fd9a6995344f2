import type { AppsScriptGlobals, SpreadsheetAppApi } from '../../../sheets-addon/server/apps-script-api.js';
import { CallLog } from './call-log.js';
import { FakeConditionalFormatRuleBuilder, FakeDataValidationBuilder } from './fake-builders.js';
import { FakeLockService } from './fake-lock.js';
import {
  FakeHtmlService,
  FakePropertiesService,
  FakeSession,
  FakeUi,
  FakeUtilities,
} from './fake-services.js';
import { FakeSpreadsheet } from './fake-spreadsheet.js';

export interface FakeAppsScriptOptions {
  /** The spreadsheet's time zone (Sheets' File › Settings). */
  timeZone?: string;
  /** Who runs the script. */
  user?: string;
  /** Whether the user's email is visible to the script (false: `getEmail()` returns ''). */
  emailVisible?: boolean;
  /** HTML files of the script project, by name without `.html`. */
  htmlFiles?: Record<string, string>;
}

/**
 * A container-bound Apps Script world: one spreadsheet and the services PlanGate's server uses.
 * `globals` is what a `vm` context (or the adapter under test) receives as the Apps Script globals;
 * the other fields let tests arrange and inspect the world without being counted.
 */
export class FakeAppsScript {
  readonly log = new CallLog();
  readonly spreadsheet: FakeSpreadsheet;
  readonly ui: FakeUi;
  readonly lockService: FakeLockService;
  readonly properties: FakePropertiesService;
  readonly globals: AppsScriptGlobals;
  user: string;
  emailVisible: boolean;
  timeZone: string;
  flushes = 0;

  constructor(options: FakeAppsScriptOptions = {}) {
    this.timeZone = options.timeZone ?? 'Europe/Berlin';
    this.user = options.user ?? 'owner@example.com';
    this.emailVisible = options.emailVisible ?? true;
    const host = { log: this.log, timeZone: () => this.timeZone, currentUser: () => this.user };
    this.spreadsheet = new FakeSpreadsheet(host);
    this.ui = new FakeUi(this.log);
    this.lockService = new FakeLockService(this.log);
    this.properties = new FakePropertiesService(this.log, () => this.user);
    const log = this.log;
    const spreadsheetApp: SpreadsheetAppApi = {
      getActiveSpreadsheet: () => {
        log.hit('SpreadsheetApp.getActiveSpreadsheet');
        return this.spreadsheet;
      },
      getUi: () => {
        log.hit('SpreadsheetApp.getUi');
        return this.ui;
      },
      newDataValidation: () => new FakeDataValidationBuilder(log),
      newConditionalFormatRule: () => new FakeConditionalFormatRuleBuilder(log),
      flush: () => {
        log.hit('SpreadsheetApp.flush');
        this.flushes++;
      },
      ProtectionType: { SHEET: 'SHEET', RANGE: 'RANGE' },
    };
    this.globals = {
      SpreadsheetApp: spreadsheetApp,
      Charts: { ChartType: { COLUMN: 'COLUMN', LINE: 'LINE', WATERFALL: 'WATERFALL' } },
      LockService: this.lockService,
      PropertiesService: this.properties,
      Session: new FakeSession(log, () => (this.emailVisible ? this.user : '')),
      HtmlService: new FakeHtmlService(log, options.htmlFiles ?? {}),
      Utilities: new FakeUtilities(log),
    };
  }

  /** Runs `fn` as another person (their user properties, their edit rights). */
  as<T>(user: string, fn: () => T, emailVisible = this.emailVisible): T {
    const [prevUser, prevVisible] = [this.user, this.emailVisible];
    this.user = user;
    this.emailVisible = emailVisible;
    try {
      return fn();
    } finally {
      this.user = prevUser;
      this.emailVisible = prevVisible;
    }
  }
}
