import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  cutPoints,
  encryptedXlsx,
  encryptedZip,
  honestBomb,
  lyingBomb,
  oversizedParts,
} from '../support/bad-files/bad-files.js';
import { denseSheet } from '../support/bad-files/dense-sheet.js';
import { writeCrmCsv, writePlanXlsx } from './plan-fixtures.js';
import { plangate, startPlangate, tempDir, type CliRun } from './run-plangate.js';

/** Run `inspect FILE` as a child process; the run's own timeout kills a hang (code null). */
function inspect(dir: string, file: string, env: Record<string, string> = {}): Promise<CliRun> {
  return startPlangate(dir, ['inspect', file], env).done;
}

/** Runs at most two at a time: the machine's cores, not the test, set the pace. */
async function inTurns<T, R>(items: T[], run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await run(items[i]);
    }
  };
  await Promise.all([lane(), lane()]);
  return results;
}

/** A refusal the user can act on: exit 3, one message on stderr naming the file, no stack trace. */
function expectRefusal(run: CliRun, file: string, reason: RegExp): void {
  expect(run.code, run.stderr).toBe(3);
  expect(run.stderr).toMatch(new RegExp(`^${file.replace('.', '\\.')} `));
  expect(run.stderr).toMatch(reason);
  expect(run.stderr).not.toMatch(/stopped unexpectedly|\n\s+at /);
  expect(run.stdout).toBe('');
}

describe('plangate on files it must refuse', () => {
  let dir: string;
  let plan: Uint8Array;
  beforeAll(async () => {
    dir = tempDir();
    plan = readFileSync((await writePlanXlsx(dir)).path);
  });

  it('an .xlsx cut at 50 points is refused as cut short every time, never a hang', async () => {
    const cuts = cutPoints(plan.byteLength);
    expect(cuts).toHaveLength(50);
    const runs = await inTurns(cuts, (cut) => {
      writeFileSync(join(dir, `cut-${cut}.xlsx`), plan.subarray(0, cut));
      return inspect(dir, `cut-${cut}.xlsx`);
    });
    runs.forEach((run, i) => expectRefusal(run, `cut-${cuts[i]}.xlsx`, /is cut short \(\d+ bytes; /));
  }, 300_000);

  it('a password-protected workbook is named as such and told to save a copy without a password', async () => {
    writeFileSync(join(dir, 'locked.xlsx'), encryptedXlsx());
    writeFileSync(join(dir, 'locked-zip.xlsx'), encryptedZip());
    for (const file of ['locked.xlsx', 'locked-zip.xlsx']) {
      const run = await inspect(dir, file);
      expectRefusal(run, file, /is password-protected: .*save a copy without a password/);
    }
  });

  it('a zip bomb is refused from its directory, with the part and its packing ratio', async () => {
    writeFileSync(join(dir, 'bomb.xlsx'), honestBomb(64));
    const run = await inspect(dir, 'bomb.xlsx');
    expectRefusal(
      run,
      'bomb.xlsx',
      /was refused as a zip bomb: its part xl\/worksheets\/sheet1\.xml would unpack from \d+ bytes to 64 MB \(\d+ times its packed size/,
    );
  });

  it('a zip bomb that lies about its sizes is refused when its part unpacks past them', async () => {
    writeFileSync(join(dir, 'liar.xlsx'), lyingBomb(64));
    expectRefusal(
      await inspect(dir, 'liar.xlsx'),
      'liar.xlsx',
      /was refused as a zip bomb: its part xl\/worksheets\/sheet1\.xml unpacks to more than the 1024 bytes its zip directory declares/,
    );
  });

  it('parts that would unpack to more than 1 GB in all are refused with the total', async () => {
    writeFileSync(join(dir, 'huge.xlsx'), oversizedParts());
    expectRefusal(
      await inspect(dir, 'huge.xlsx'),
      'huge.xlsx',
      /would unpack to 1200 MB, more than the 1024 MB/,
    );
  });

  it('a sheet that passes the container checks but outgrows the memory bound is stopped there', async () => {
    writeFileSync(join(dir, 'dense.xlsx'), await denseSheet(plan, 30));
    const run = await inspect(dir, 'dense.xlsx', { PLANGATE_READ_MEMORY_MB: '64' });
    expectRefusal(run, 'dense.xlsx', /needs more than the 64 MB of memory PlanGate gives one file/);
  }, 120_000);
});

describe('plangate on text exports with mixed line endings', () => {
  it('books every row of an export whose rows end in LF, CRLF and lone CR, and says the endings were mixed', async () => {
    const dir = tempDir();
    const { path } = await writePlanXlsx(dir);
    expect(plangate(dir, 'convert', path, '-o', 'register.xlsx').code).toBe(0);
    const lines = readFileSync(writeCrmCsv(dir), 'utf8').trimEnd().split('\n');
    // LF after the header, then lone CRs (an old Mac export appended), then CRLF.
    writeFileSync(
      join(dir, 'mixed.csv'),
      `${lines[0]}\n${lines[1]}\n${lines[2]}\r${lines[3]}\r${lines[4]}\r\n`,
    );
    const clean = plangate(dir, 'actuals', 'register.xlsx', 'crm.csv', '-o', 'clean.xlsx', '--json');
    const mixed = plangate(dir, 'actuals', 'register.xlsx', 'mixed.csv', '-o', 'mixed.xlsx', '--json');
    expect(mixed.code, mixed.stderr).toBe(0);
    expect(mixed.stderr).toContain(
      '! mixed.csv mixes line endings (2 LF, 1 CRLF, 2 CR): each was read as the end of a row.',
    );
    const booked = (run: CliRun) => {
      const json = JSON.parse(run.stdout) as { matchedRows: number; total: number; unmatched: unknown[] };
      return { matchedRows: json.matchedRows, total: json.total, unmatched: json.unmatched.length };
    };
    expect(booked(mixed)).toEqual(booked(clean));
    expect(booked(mixed)).toEqual({ matchedRows: 3, total: 2800, unmatched: 1 });
  });

  it('says when a quote left open swallows the rows after it', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'open.csv'), 'Campaign,Jan 2027\nSpring,"100\nSummer,200\nAutumn,300\n');
    const run = plangate(dir, 'inspect', 'open.csv');
    expect(run.stderr).toContain(
      '! open.csv has 4 lines but 2 rows: a quote opened in row 2 is never closed, so everything after it was read as one cell. Close the quote in the file and try again.',
    );
  });
});

describe('plangate blames the file that is wrong', () => {
  it('actuals PLAN EXPORT says the first file holds no register, not that the export is wrong', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'plan.csv'), 'Campaign,Jan 2027\nSpring,100\n');
    writeCrmCsv(dir);
    const run = plangate(dir, 'actuals', 'plan.csv', 'crm.csv', '-o', 'out.xlsx');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^plan\.csv holds no register \(it has no PG Register sheet\)/);
    expect(run.stderr).not.toContain('crm.csv:');
  });
});
