import { userInfo } from 'node:os';
import type { CliContext } from './cli-context.js';
import { runCli } from './run-cli.js';

function loginName(): string {
  try {
    return userInfo().username;
  } catch {
    return '';
  }
}

/** The process around `runCli`: real streams, clock and the declared identity. */
export async function main(argv: string[] = process.argv.slice(2)): Promise<number> {
  // A file-size limit (ulimit -f) then fails the write with EFBIG, which is reported, instead of
  // killing the process.
  process.on('SIGXFSZ', () => undefined);
  const tty = process.stderr.isTTY === true;
  let shown = false;
  const clearProgress = () => {
    if (shown) process.stderr.write('\r\x1b[K');
    shown = false;
  };
  const ctx: CliContext = {
    out: (text) => {
      clearProgress();
      process.stdout.write(`${text}\n`);
    },
    err: (text) => {
      clearProgress();
      process.stderr.write(`${text}\n`);
    },
    progress: (text) => {
      if (!tty) return;
      process.stderr.write(`\r\x1b[K${text}`);
      shown = true;
    },
    now: () => new Date(),
    actor: process.env.PLANGATE_USER?.trim() || loginName() || 'plangate command line',
  };
  const code = await runCli(argv, ctx);
  clearProgress();
  return code;
}
