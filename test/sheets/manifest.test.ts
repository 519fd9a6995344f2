import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const addon = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../sheets-addon');
const json = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(path.join(addon, file), 'utf8')) as Record<string, unknown>;

describe('the Apps Script project files', () => {
  it('appsscript.json asks for V8 and only the three scopes PlanGate needs', () => {
    const manifest = json('appsscript.json');
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/userinfo.email',
    ]);
  });

  it('.clasp.json pushes the built dist/sheets folder', () => {
    const clasp = json('.clasp.json');
    expect(path.resolve(addon, String(clasp.rootDir))).toBe(path.resolve(addon, '../dist/sheets'));
    expect(clasp.scriptId).toBe('REPLACE_WITH_YOUR_SCRIPT_ID');
  });
});
