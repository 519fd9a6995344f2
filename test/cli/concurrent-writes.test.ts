import { spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Grid } from '../../core/index.js';
import { readWorkbookFile } from '../../io/read-workbook-file.js';
import { writeCrmCsv, writePlanXlsx } from './plan-fixtures.js';
import { plangate, plangateEntry, startPlangate, tempDir } from './run-plangate.js';

/** The PG Actual sheet of a register file, as every reader sees it. */
async function actualsOf(path: string): Promise<Grid> {
  const read = await readWorkbookFile('register.xlsx', new Uint8Array(readFileSync(path)));
  return read.grids['PG Actual'] ?? [];
}

const EXPORT_B = ['Campaign ID,Close date,Amount', '7022B,2027-03-09,777', '7011A,2027-03-10,333', ''].join(
  '\n',
);

describe('two PlanGates on one register', () => {
  let dir: string;
  beforeAll(async () => {
    dir = tempDir();
    const { path } = await writePlanXlsx(dir);
    expect(plangate(dir, 'convert', path, '-o', 'original.xlsx').code).toBe(0);
    writeCrmCsv(dir);
    writeFileSync(join(dir, 'crm-b.csv'), EXPORT_B);
    // What each run alone makes of the register, to tell their work apart.
    for (const [name, source] of [
      ['alone-a.xlsx', 'crm.csv'],
      ['alone-b.xlsx', 'crm-b.csv'],
    ]) {
      copyFileSync(join(dir, 'original.xlsx'), join(dir, name));
      expect(plangate(dir, 'actuals', name, source, '-o', name).code).toBe(0);
    }
  }, 120_000);

  it("while one books actuals, the other refuses and the register holds exactly the first run's work", async () => {
    copyFileSync(join(dir, 'original.xlsx'), join(dir, 'register.xlsx'));
    // The first run's export is a pipe: the run holds the register's lock and waits on the pipe
    // until the test has seen the second run refused. No timing decides who is first.
    spawnSync('mkfifo', [join(dir, 'pipe.csv')]);
    const first = startPlangate(dir, ['actuals', 'register.xlsx', 'pipe.csv', '-o', 'register.xlsx']);
    const pipe = await open(join(dir, 'pipe.csv'), 'w'); // resolves once the first run opens it
    const second = await startPlangate(dir, ['actuals', 'register.xlsx', 'crm-b.csv', '-o', 'register.xlsx'])
      .done;
    await pipe.writeFile(readFileSync(join(dir, 'crm.csv')));
    await pipe.close();
    const done = await first.done;

    expect(second.code).toBe(4);
    expect(second.stderr).toMatch(
      /^another PlanGate is updating register\.xlsx: nothing was read or written\./,
    );
    expect(second.stdout).toBe('');
    expect(done.code, done.stderr).toBe(0);
    expect(done.stdout).toContain('Wrote register.xlsx.');
    const actuals = await actualsOf(join(dir, 'register.xlsx'));
    expect(actuals).toEqual(await actualsOf(join(dir, 'alone-a.xlsx')));
    expect(actuals).not.toEqual(await actualsOf(join(dir, 'alone-b.xlsx')));
    expect(plangate(dir, 'verify', 'register.xlsx').code).toBe(0);
  }, 120_000);

  it('a write that fails (the file size limit is hit) leaves the old register byte for byte and says so', () => {
    copyFileSync(join(dir, 'original.xlsx'), join(dir, 'register.xlsx'));
    const before = readFileSync(join(dir, 'register.xlsx'));
    // `ulimit -f 4`: the process may write files of at most 4 KB; the register is larger.
    const run = spawnSync(
      'sh',
      [
        '-c',
        `ulimit -f 4; exec "${process.execPath}" "${plangateEntry()}" actuals register.xlsx crm.csv -o register.xlsx`,
      ],
      { cwd: dir, encoding: 'utf8', env: { ...process.env, PLANGATE_USER: 'Dana PMO' }, timeout: 120_000 },
    );
    expect(run.status).toBe(3);
    expect(run.stderr).toMatch(
      /^register\.xlsx could not be written \(.*EFBIG.*\)\. The old register\.xlsx is unchanged\./,
    );
    expect(readFileSync(join(dir, 'register.xlsx')).equals(before)).toBe(true);
    expect(readdirSync(dir).filter((f) => f.includes('register.xlsx'))).toEqual(['register.xlsx']);
  }, 120_000);

  it('a run killed at any point, in the middle of writing too, leaves the old register or the new one, never a broken file', async () => {
    const old = JSON.stringify(await actualsOf(join(dir, 'original.xlsx')));
    const updated = JSON.stringify(await actualsOf(join(dir, 'alone-a.xlsx')));
    // How long a whole run takes here, to spread some kills over it (no assertion uses it).
    copyFileSync(join(dir, 'original.xlsx'), join(dir, 'register.xlsx'));
    const started = Date.now();
    expect((await startPlangate(dir, ACTUALS).done).code).toBe(0);
    const whole = Date.now() - started;
    // Kills at points of the run, and kills the moment the temporary register appears on disk
    // (then 1, 5 and 20 ms later): while its bytes are written, flushed or renamed.
    const trials: Kill[] = [
      ...[0.3, 0.6, 0.9].map((f): Kill => ({ after: 'start', ms: Math.round(whole * f) })),
      ...[0, 0, 1, 5, 20].map((ms): Kill => ({ after: 'temp file', ms })),
    ];
    const outcomes: string[] = [];
    for (const trial of trials) {
      copyFileSync(join(dir, 'original.xlsx'), join(dir, 'register.xlsx'));
      const ended = await killedRun(dir, trial);
      const now = JSON.stringify(await actualsOf(join(dir, 'register.xlsx')));
      const state = now === updated ? 'new' : now === old ? 'old' : 'broken';
      outcomes.push(`${trial.after}+${trial.ms}ms→${ended}/${state}`);
      expect(state).not.toBe('broken');
      expect(plangate(dir, 'verify', 'register.xlsx').code).toBe(0);
      // What a killed run leaves beside the register: its lock (taken over after a minute) and
      // perhaps its hidden temporary file; never a second register.
      for (const f of readdirSync(dir).filter((n) => n.includes('register.xlsx') && n !== 'register.xlsx'))
        rmSync(join(dir, f), { recursive: true, force: true });
    }
    console.log(`kills in a ${whole} ms run: ${outcomes.join(' · ')}`);
  }, 600_000);
});

const ACTUALS = ['actuals', 'register.xlsx', 'crm.csv', '-o', 'register.xlsx'];

interface Kill {
  after: 'start' | 'temp file';
  ms: number;
}

/** Run `actuals` and SIGKILL it `ms` after its start or after its temporary register appears. */
async function killedRun(dir: string, kill: Kill): Promise<string> {
  const run = startPlangate(dir, ACTUALS);
  const fire = (): void => {
    setTimeout(() => run.child.kill('SIGKILL'), kill.ms);
  };
  const watcher =
    kill.after === 'temp file'
      ? watch(dir, (_, name) => {
          if (name?.startsWith('.register.xlsx.') && name.endsWith('.tmp')) {
            watcher?.close();
            fire();
          }
        })
      : null;
  if (!watcher) fire();
  const ended = await run.done;
  watcher?.close();
  return ended.signal ?? String(ended.code);
}
