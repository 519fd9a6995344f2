/**
 * Entry of the Apps Script bundle (`dist/sheets/Code.js`). Every export becomes a top-level
 * function of the bundle, which is what Apps Script calls: triggers, the menu, google.script.run.
 */
import './native-built-ins.js';
import './built-ins.js';
export { onInstall, onOpen, showSidebar } from './menu.js';
export { sidebarChunks } from './sidebar-chunks.js';
export * from './rpc.js';
export * from './custom-functions.js';
