import { appsScriptGlobals } from './globals.js';

export const SIDEBAR_TITLE = 'PlanGate';
export const SIDEBAR_VIEWPORT = 'width=device-width, initial-scale=1';

/**
 * Adds the add-on menu. Runs as a simple trigger, possibly before the add-on is authorised
 * for this file (AuthMode.NONE), so it touches no data and no service beyond the menu.
 */
export function onOpen(_event?: unknown): void {
  appsScriptGlobals()
    .SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem('Open PlanGate', 'showSidebar')
    .addToUi();
}

/** Installing from the Marketplace does not fire onOpen for the open file: add the menu now. */
export function onInstall(event?: unknown): void {
  onOpen(event);
}

/**
 * Opens the 300 px sidebar holding the PlanGate panes. The viewport goes through `addMetaTag`:
 * Apps Script ignores `<meta>` tags written in the HTML file (HtmlOutput.addMetaTag reference).
 */
export function showSidebar(): void {
  const gas = appsScriptGlobals();
  const html = gas.HtmlService.createHtmlOutputFromFile('Sidebar')
    .setTitle(SIDEBAR_TITLE)
    .addMetaTag('viewport', SIDEBAR_VIEWPORT);
  gas.SpreadsheetApp.getUi().showSidebar(html);
}
