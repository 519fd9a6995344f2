import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkUnifiedManifest } from '../../excel-addin/build/check-unified-manifest.js';
import { unifiedManifestOf } from '../../excel-addin/build/write-unified-manifest.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const text = readFileSync(`${repo}manifest.json`, 'utf8');
const manifest = JSON.parse(text) as {
  id: string;
  extensions: {
    requirements: { capabilities: { name: string; minVersion: string }[] };
    runtimes: { actions: { id: string; type: string }[]; code: { page: string } }[];
    ribbons: { tabs: { groups: { controls: { actionId: string }[] }[] }[] }[];
  }[];
};

// Microsoft, "Office Add-ins with the unified app manifest for Microsoft 365": the JSON manifest
// validated offline against the published schema (npm @microsoft/app-manifest carries it).
describe('manifest.json, the unified manifest', () => {
  it('is generated from manifest.xml and is up to date', () => {
    expect(manifest).toEqual(unifiedManifestOf(`${repo}manifest.xml`));
  });

  it('passes Microsoft’s JSON schema, offline', () => {
    expect(checkUnifiedManifest(manifest)).toEqual([]);
  });

  it('catches what the schema forbids', () => {
    const broken = structuredClone(manifest) as unknown as Record<string, unknown>;
    delete broken.id;
    (broken as { manifestVersion: unknown }).manifestVersion = 7;
    const problems = checkUnifiedManifest(broken).join('\n');
    expect(problems).toMatch(/must have required property 'id'/);
    expect(problems).toMatch(/\/manifestVersion: must be string/);
  });

  it('says what manifest.xml says: same id, requirement sets, and the button opens the shared runtime page', () => {
    const xml = readFileSync(`${repo}manifest.xml`, 'utf8');
    expect(xml).toContain(`<Id>${manifest.id}</Id>`);
    const [extension] = manifest.extensions;
    expect(extension.requirements.capabilities).toEqual([
      { name: 'ExcelApi', minVersion: '1.9' },
      { name: 'SharedRuntime', minVersion: '1.1' },
      { name: 'CustomFunctionsRuntime', minVersion: '1.2' },
    ]);
    const [runtime] = extension.runtimes;
    expect(runtime.code.page).toBe('https://localhost:3000/taskpane.html');
    expect(runtime.actions).toEqual([expect.objectContaining({ id: 'PlanGate.Taskpane', type: 'openPage' })]);
    expect(extension.ribbons[0].tabs[0].groups[0].controls[0].actionId).toBe('PlanGate.Taskpane');
  });
});
