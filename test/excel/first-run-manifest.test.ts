import { readFileSync } from 'node:fs';
import { parse } from 'acorn';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { addinSources } from '../../excel-addin/build/addin-sources.js';
import { requiredExcelApi, requiredOtherSets } from '../../excel-addin/build/api-requirements.js';
import { checkManifest } from '../../excel-addin/build/check-manifest.js';

const manifest = readFileSync(new URL('../../manifest.xml', import.meta.url), 'utf8');
const sources = addinSources(new URL('../../excel-addin', import.meta.url).pathname);
const expectations = { excelApi: requiredExcelApi(sources).set, otherSets: requiredOtherSets(sources) };
const template = readFileSync(new URL('../../excel-addin/taskpane/taskpane.html', import.meta.url), 'utf8');

describe('the ribbon button on a first run', () => {
  // Microsoft, "Show or hide the task pane of your Office Add-in": showAsTaskpane() is ignored for
  // Marketplace add-ins since February 23rd, 2026; the pane shown is the <SourceLocation> inside an
  // <Action xsi:type="ShowTaskpane">. "Configure your Office Add-in to use a shared runtime": that
  // SourceLocation is the runtime's page.
  it('opens the pane with a ShowTaskpane action on the shared runtime page, with a TaskpaneId', () => {
    const action =
      /<Control xsi:type="Button" id="PlanGate.OpenPane">[\s\S]*?<Action xsi:type="(\w+)">([\s\S]*?)<\/Action>/.exec(
        manifest,
      );
    expect(action?.[1]).toBe('ShowTaskpane');
    expect(action?.[2]).toMatch(
      /<TaskpaneId>PlanGate\.Taskpane<\/TaskpaneId>\s*<SourceLocation resid="Taskpane.Url"\/>/,
    );
    expect(manifest).toContain('<Runtime resid="Taskpane.Url" lifetime="long"/>');
    expect(checkManifest(manifest, expectations)).toEqual([]);
  });

  it('refuses a manifest whose only button is an ExecuteFunction, or whose pane is not the runtime page', () => {
    const old = manifest.replace(
      /<Action xsi:type="ShowTaskpane">[\s\S]*?<\/Action>/,
      '<Action xsi:type="ExecuteFunction"><FunctionName>openPlanGate</FunctionName></Action>',
    );
    expect(checkManifest(old, expectations)).toContain(
      'No button opens the pane: add an <Action xsi:type="ShowTaskpane">.',
    );
    const apart = manifest.replace(
      '<SourceLocation resid="Taskpane.Url"/>\n                  </Action>',
      '<SourceLocation resid="GetStarted.LearnMoreUrl"/>\n                  </Action>',
    );
    expect(checkManifest(apart, expectations).join('\n')).toMatch(
      /not the shared runtime's page Taskpane.Url/,
    );
    const unnamed = manifest.replace('<TaskpaneId>PlanGate.Taskpane</TaskpaneId>', '');
    expect(checkManifest(unnamed, expectations)).toContain(
      '<Action xsi:type="ShowTaskpane"> needs a <TaskpaneId>.',
    );
  });

  // office-js issue #3378 ("Custom ribbon is not working on the first click but requires users to
  // click twice"): an action associated after the pane's large deferred script loads misses the click.
  it('registers commands from a small script that loads before the deferred pane code', async () => {
    const head = template.split('</head>')[0];
    const office = head.indexOf('appsforoffice.microsoft.com/lib/1/hosted/office.js');
    const commands = head.search(/<script src="commands\.js"><\/script>/);
    expect(office).toBeGreaterThan(0);
    expect(commands).toBeGreaterThan(office);
    // webpack must not inject commands.js a second time (deferred, after the pane code).
    const configUrl = new URL('../../excel-addin/webpack.config.js', import.meta.url).href;
    const config = ((await import(/* @vite-ignore */ configUrl)) as { default: unknown }).default as (
      env: unknown,
      argv: { mode: string },
    ) => Promise<{ plugins: { userOptions?: { filename?: string; chunks?: string[] } }[] }>;
    const built = await config({}, { mode: 'production' });
    const page = built.plugins.find((p) => p.userOptions?.filename === 'taskpane.html');
    expect(page?.userOptions?.chunks).toEqual(['taskpane', 'functions']);
    // The command module stays small: it imports nothing.
    const code = readFileSync(new URL('../../excel-addin/commands/commands.ts', import.meta.url), 'utf8');
    expect(code).not.toMatch(/^import /m);
  });
});

describe('an old Windows web view', () => {
  // Microsoft, "Browsers and webview controls used by Office Add-ins": without WebView2, Office on
  // Windows uses Trident (Internet Explorer 11, ES5 only) or EdgeHTML; add-ins should say so.
  const inline = [...template.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);

  /** Runs the page's inline script where `navigator.userAgent` is `userAgent`; returns the pane's text. */
  function paneIn(userAgent: string): string {
    const root = { innerHTML: 'Opening PlanGate…' };
    const page = { window: { navigator: { userAgent } }, document: { getElementById: () => root } };
    vm.runInNewContext(inline[0], page);
    return root.innerHTML.replace(/<[^>]+>/g, '');
  }

  it('shows "needs Microsoft 365 with WebView2" in Trident instead of a blank pane', () => {
    const trident = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko';
    expect(paneIn(trident)).toMatch(/PlanGate needs Microsoft 365 with WebView2\./);
    expect(paneIn(trident)).toMatch(/Excel on the web/);
  });

  it('leaves the pane alone in WebView2', () => {
    const webview2 =
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0';
    expect(paneIn(webview2)).toBe('Opening PlanGate…');
  });

  it('is written in ES5, so Trident can parse it', () => {
    expect(inline).toHaveLength(1);
    expect(() => parse(inline[0], { ecmaVersion: 5 })).not.toThrow();
  });
});

describe('requirement sets', () => {
  // "CustomFunctions.Error class" remarks: API set CustomFunctionsRuntime 1.2.
  it('declares CustomFunctionsRuntime 1.2, which CustomFunctions.Error needs', () => {
    expect(requiredOtherSets(sources)).toEqual({ CustomFunctionsRuntime: '1.2' });
    expect(manifest).toContain('<Set Name="CustomFunctionsRuntime" MinVersion="1.2"/>');
    const without = manifest.replace('<Set Name="CustomFunctionsRuntime" MinVersion="1.2"/>', '');
    expect(checkManifest(without, expectations)).toContain(
      'The code calls APIs of CustomFunctionsRuntime 1.2: declare <Set Name="CustomFunctionsRuntime" MinVersion="1.2"/>.',
    );
  });
});
