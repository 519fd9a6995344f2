import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InspectJson } from '../../cli/commands/inspect.js';
import { decodeRegister } from '../../core/codec/index.js';
import { readWorkbookFile } from '../../io/read-workbook-file.js';
import { plangate, tempDir } from './run-plangate.js';

const CSV = 'jurisdiccion,monto\nLegislatura,1200\nAuditoria,2400\nTotal,3600\n';

describe('the importer asks, and the command line answers', () => {
  it('inspect shows each question with what it assumed and the option that answers it', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'budget.csv'), CSV);
    const json = JSON.parse(plangate(dir, 'inspect', 'budget.csv', '--json').stdout) as InspectJson;
    expect(json.tables[0].questions.map((q) => [q.kind, q.assumed, q.option])).toEqual([
      ['plan-columns', 'monto', '--plan-column HEADER'],
      ['plan-year', String(new Date().getUTCFullYear()), '--plan-year YYYY'],
      ['currency', 'EUR', '--currency CODE'],
    ]);
    const answered = JSON.parse(
      plangate(
        dir,
        'inspect',
        'budget.csv',
        '--json',
        '--plan-year',
        '2025',
        '--currency',
        'ars',
        '--plan-column',
        'monto',
      ).stdout,
    ) as InspectJson;
    expect(answered.tables[0].questions).toEqual([]);
    expect(answered.tables[0].periods[0]).toBe('2025-01');
  });

  it('convert uses the answers, says what it assumed otherwise, and reports the plan total beside the sheet total', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'budget.csv'), CSV);
    const run = plangate(
      dir,
      'convert',
      'budget.csv',
      '-o',
      'register.xlsx',
      '--plan-year',
      '2025',
      '--currency',
      'ARS',
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Plan total 3,600; the sheet's own total 'Total' (row 4) shows 3,600.");
    expect(run.stderr).toContain("? Is 'monto' (column B) the plan of each row of 'budget'?");
    expect(run.stderr).not.toContain('currency');
    const bytes = new Uint8Array(readFileSync(join(dir, 'register.xlsx')));
    const { register } = decodeRegister(await readWorkbookFile('register.xlsx', bytes), {
      today: '2025-06-30',
    });
    expect(register.settings.currency).toBe('ARS');
    expect(register.periods[0]).toBe('2025-01');
    expect(plangate(dir, 'inspect', 'budget.csv', '--plan-year', 'soon').stderr).toContain(
      '--plan-year soon is not a year: give four digits, e.g. 2027.',
    );
  });
});
