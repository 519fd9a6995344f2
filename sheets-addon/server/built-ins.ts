/**
 * Built-ins newer than ES2019 that the server's libraries call, provided for Apps Script's V8
 * (which documents no edition: see build/apps-script-v8.ts). Imported first by main.ts, so they
 * exist before any library's setup runs: @noble/hashes calls `Object.hasOwn` as it loads.
 */
import 'core-js/actual/object/has-own';
// text-decoder.ts installs TextDecoder on `globalThis` (ES2020).
import 'core-js/actual/global-this';
