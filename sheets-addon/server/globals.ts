import type { AppsScriptGlobals } from './apps-script-api.js';

/**
 * The real Apps Script services, read at call time (they exist only inside Apps Script, or in
 * the test's `vm` context). Assigning them to `AppsScriptGlobals` makes the compiler check every
 * method PlanGate calls against `@types/google-apps-script`.
 */
export function appsScriptGlobals(): AppsScriptGlobals {
  return { SpreadsheetApp, Charts, LockService, PropertiesService, Session, HtmlService, Utilities };
}
