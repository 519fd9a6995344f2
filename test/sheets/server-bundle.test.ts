import { beforeAll, describe, expect, it } from 'vitest';
import { FakeAppsScript } from '../fakes/sheets/fake-apps-script.js';
import vm from 'node:vm';
import { NEWER_THAN_ES2019, appsScriptContext } from '../../sheets-addon/build/apps-script-v8.js';
import { builtServerCode, loadServer } from './support/server-sandbox.js';

let code = '';
beforeAll(async () => {
  code = await builtServerCode();
});

const RPC = [
  'overview',
  'declareIdentity',
  'inspectSource',
  'previewConversion',
  'convert',
  'importActuals',
  'refresh',
  'initiative',
  'move',
  'signOff',
  'portfolio',
  'verify',
  'snapshot',
  'bridge',
  'settings',
  'saveSettings',
];

describe('dist/sheets/Code.js', () => {
  it('is a plain script: no import or export survives bundling', () => {
    expect(code).not.toMatch(/^\s*(import|export)\b/m);
    expect(code).not.toMatch(/\bimport\s*\(/);
    expect(code).not.toMatch(/\brequire\(/);
  });

  it('declares every entry point as a real top-level function', () => {
    for (const name of [
      'onOpen',
      'onInstall',
      'showSidebar',
      'selectedInitiative',
      'sidebarChunks',
      ...RPC,
    ]) {
      expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
    }
    const gas = new FakeAppsScript();
    const server = loadServer(code, gas) as unknown as Record<string, unknown>;
    for (const name of RPC) expect(typeof server[name], name).toBe('function');
  });

  // Google, "V8 runtime overview" (Apps Script): "modern ECMAScript syntax", no edition named. So the
  // vm has only ES2019's built-ins, and Code.js brings what it needs of newer ones (core-js).
  it('loads and runs where every built-in newer than ES2019 is missing', () => {
    const bare = appsScriptContext({});
    const missing = (entry: string) => {
      const name = entry.replace(/^TypedArray\./, 'Object.getPrototypeOf(Int8Array).');
      return vm.runInContext(
        `(function(){ try { return typeof ${name} === 'undefined'; } catch (e) { return true; } })()`,
        bare,
      ) as boolean;
    };
    expect(NEWER_THAN_ES2019.filter((name) => !missing(name))).toEqual([]);
    expect(missing('Array.prototype.flatMap')).toBe(false);

    const gas = new FakeAppsScript({ user: 'maria@example.com' });
    const server = loadServer(code, gas);
    // @noble/hashes calls Object.hasOwn while Code.js loads: provided, not assumed.
    expect(vm.runInContext('typeof Object.hasOwn', server.context)).toBe('function');
    expect(JSON.parse(JSON.stringify(server.overview()))).toMatchObject({ hasRegister: false });
  });

  it('loads without touching any Apps Script service', () => {
    const gas = new FakeAppsScript();
    loadServer(code, gas);
    expect(gas.log.total).toBe(0);
  });

  it('runs where Apps Script has no timers, TextEncoder, TextDecoder or crypto (as in this vm)', () => {
    const { context } = loadServer(code, new FakeAppsScript());
    for (const name of ['setTimeout', 'queueMicrotask', 'TextEncoder', 'TextDecoder', 'crypto']) {
      expect(typeof (context as Record<string, unknown>)[name], name).toBe('undefined');
    }
  });

  it('onOpen adds the add-on menu and reads no data', () => {
    const gas = new FakeAppsScript();
    const server = loadServer(code, gas);
    server.onOpen({ authMode: 'NONE' });
    expect(gas.ui.menus.map((m) => m.items)).toEqual([
      [{ caption: 'Open PlanGate', functionName: 'showSidebar' }],
    ]);
    expect(gas.log.rangeReads).toBe(0);
    expect(gas.log.count('SpreadsheetApp.getActiveSpreadsheet')).toBe(0);
  });

  it('showSidebar serves Sidebar.html with the PlanGate title', () => {
    const gas = new FakeAppsScript({ htmlFiles: { Sidebar: '<div id="root"></div>' } });
    loadServer(code, gas).showSidebar();
    expect(gas.ui.sidebars.map((s) => [s.title, s.getContent()])).toEqual([
      ['PlanGate', '<div id="root"></div>'],
    ]);
  });

  // HtmlOutput.addMetaTag: "Meta tags included directly in an Apps Script HTML file are ignored."
  it('gives the sidebar its viewport through addMetaTag, not a <meta> in the file', () => {
    const file = '<meta name="viewport" content="width=device-width"><div id="root"></div>';
    const gas = new FakeAppsScript({ htmlFiles: { Sidebar: file } });
    loadServer(code, gas).showSidebar();
    expect(gas.ui.sidebars[0].viewport()).toBe('width=device-width, initial-scale=1');
  });

  it('answers google.script.run synchronously with plain JSON', () => {
    const gas = new FakeAppsScript({ user: 'maria@example.com' });
    gas.spreadsheet.addUserSheet('Budget', [
      ['Campaign', 'Jan'],
      ['Webinars', 100],
    ]);
    const overview = loadServer(code, gas).overview();
    expect(typeof (overview as { then?: unknown }).then).toBe('undefined');
    expect(JSON.parse(JSON.stringify(overview))).toMatchObject({
      identity: { name: 'maria@example.com', kind: 'verified' },
      hasRegister: false,
      userSheets: ['Budget'],
    });
  });
});
