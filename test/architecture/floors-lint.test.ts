import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { OUTSIDE_CORE, floorRules } from '../../scripts/core-floors.js';

/** The floor rules exactly as eslint.config.js uses them, without the type-aware rules (fast). */
const eslint = new ESLint({
  overrideConfigFile: true,
  errorOnUnmatchedPattern: false,
  overrideConfig: [
    { ignores: ['dist/**', 'node_modules/**'] },
    { files: ['**/*.{ts,tsx,js,mjs}'], languageOptions: { parser: tseslint.parser } },
    ...floorRules(),
  ],
});

async function errors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => `${m.line}: ${m.message}`);
}

describe('the lint rule that keeps core in floors', () => {
  it('fails an import that runs up a floor', async () => {
    const found = await errors(
      'core/ladder/upward.ts',
      "import type { ServiceDeps } from '../service/create-governance-service.js';\n",
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^1: .*core\/ladder.*never from .*service/);
  });

  it('fails the model importing anything of core but itself', async () => {
    expect(
      await errors('core/model/upward.ts', "import type { Mapping } from '../contract/x.js';\n"),
    ).toHaveLength(1);
    expect(await errors('core/model/fine.ts', "import type { Period } from './period.js';\n")).toEqual([]);
  });

  it('fails a file of core importing core/index.ts, from any depth', async () => {
    expect(
      await errors('core/metrics/flags/x.ts', "import { SHEETS } from '../../index.js';\n"),
    ).toHaveLength(1);
  });

  it('passes imports down a floor and along one', async () => {
    const code = [
      "import type { Register } from '../model/register.js';",
      "import { PlanGateError } from '../contract/plan-gate-error.js';",
      "import { parseDate } from '../values/parse-date.js';",
      "import { presetLadder } from '../ladder/presets.js';",
      '',
    ].join('\n');
    expect(await errors('core/codec/fine.ts', code)).toEqual([]);
  });

  it('fails a deep core path from outside core, static or dynamic, and passes the door', async () => {
    for (const folder of OUTSIDE_CORE) {
      const code = [
        "import { columnLetter } from '../../core/model/cell.js';",
        "const service = import('../../core/service/create-governance-service.js');",
        "import { SHEETS } from '../../core/index.js';",
        "const door = import('../../core/index.js');",
        '',
      ].join('\n');
      const found = await errors(`${folder}/sub/file.ts`, code);
      expect(found.map((m) => m.split(':')[0])).toEqual(['1', '2']);
      expect(found[0]).toContain('core/index.js');
    }
  });

  it('finds no such import in the real tree', async () => {
    const results = await eslint.lintFiles(['core', ...OUTSIDE_CORE].map((f) => `${f}/**/*.{ts,tsx,js,mjs}`));
    const found = results.flatMap((r) => r.messages.map((m) => `${r.filePath}:${m.line}: ${m.message}`));
    expect(results.length).toBeGreaterThan(300);
    expect(found).toEqual([]);
    // Parsing every file takes a while on a busy machine.
  }, 120_000);
});
