import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { addinSources } from '../../excel-addin/build/addin-sources.js';
import { requiredExcelApi } from '../../excel-addin/build/api-requirements.js';
import { baseUrl, manifestFor } from '../../excel-addin/build/base-url.js';
import { checkManifest } from '../../excel-addin/build/check-manifest.js';

const manifest = readFileSync(new URL('../../manifest.xml', import.meta.url), 'utf8');
const required = requiredExcelApi(addinSources(new URL('../../excel-addin', import.meta.url).pathname));

describe('manifest.xml', () => {
  it('declares the requirement set of the newest API the code calls', () => {
    // Workbook-level events and the Waterfall chart kind the adapter maps are ExcelApi 1.9; data validation and enableEvents are 1.8.
    expect(required.set).toBe('1.9');
    expect(required.used).toEqual(
      expect.arrayContaining(['Range.dataValidation (ExcelApi 1.8)', 'ChartType Waterfall (ExcelApi 1.9)']),
    );
  });

  it('passes every structural check', () => {
    expect(checkManifest(manifest, { excelApi: required.set })).toEqual([]);
  });

  it('catches a resid without a resource', () => {
    const broken = manifest.replace(/<bt:String id="OpenPane.Label"[^>]*\/>/, '');
    expect(checkManifest(broken, { excelApi: '1.9' })).toContain(
      '<Label resid="OpenPane.Label"> refers to no resource.',
    );
  });

  it('catches elements out of schema order', () => {
    const permissions = '<Permissions>ReadWriteDocument</Permissions>';
    const broken = manifest.replace(permissions, '').replace('<Hosts>', `${permissions}\n  <Hosts>`);
    expect(checkManifest(broken, { excelApi: '1.9' }).join('\n')).toMatch(/out of order in <OfficeApp>/);
  });

  it('catches a URL on another domain and a requirement set below what the code needs', () => {
    const broken = manifest
      .replace('https://localhost:3000/functions.json', 'https://cdn.example.com/functions.json')
      .replace('<Set Name="ExcelApi" MinVersion="1.9"/>', '<Set Name="ExcelApi" MinVersion="1.7"/>');
    const problems = checkManifest(broken, { excelApi: '1.9' }).join('\n');
    expect(problems).toMatch(/2 origins/);
    expect(problems).toMatch(/ExcelApi 1\.7 is declared but the code calls APIs of ExcelApi 1\.9/);
  });

  it('moves every URL to PLANGATE_BASE_URL for production, and refuses plain http', () => {
    const base = baseUrl({ PLANGATE_BASE_URL: 'https://addins.example.com/plangate/' });
    const production = manifestFor(manifest, base);
    expect(production).not.toContain('localhost');
    expect(production).toContain(
      '<SourceLocation DefaultValue="https://addins.example.com/plangate/taskpane.html"/>',
    );
    expect(production).toContain('<AppDomain>https://addins.example.com</AppDomain>');
    expect(checkManifest(production, { excelApi: '1.9' })).toEqual([]);
    expect(() => baseUrl({ PLANGATE_BASE_URL: 'http://addins.example.com' })).toThrow(/must use https/);
    expect(baseUrl({})).toBe('https://localhost:3000');
  });

  it('keeps the function that manifests deployed before ShowTaskpane call', () => {
    // The button is now a ShowTaskpane action (first-run-manifest.test.ts); older manifests name openPlanGate.
    const commands = readFileSync(new URL('../../excel-addin/commands/commands.ts', import.meta.url), 'utf8');
    expect([...manifest.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)]).toEqual([]);
    expect(commands).toContain(`OPEN_PANE = 'openPlanGate'`);
  });

  it('ships every icon it names, at the size it names', () => {
    for (const [, size] of manifest.matchAll(/assets\/icon-(\d+)\.png/g)) {
      const png = PNG.sync.read(
        readFileSync(new URL(`../../excel-addin/assets/icon-${size}.png`, import.meta.url)),
      );
      expect([png.width, png.height]).toEqual([Number(size), Number(size)]);
    }
  });
});
