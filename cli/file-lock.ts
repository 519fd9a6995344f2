import { resolve } from 'node:path';
import lockfile from 'proper-lockfile';
import { CliError, EXIT } from './exit-codes.js';

/**
 * A lock older than this is left by a PlanGate that was killed: the next run may take it. A
 * running PlanGate renews its locks every `RENEW_MS`.
 */
const STALE_MS = 60_000;
const RENEW_MS = 10_000;

/** Exclusive locks on the files one command reads, changes and writes back. */
export interface FileLocks {
  /** Throws when another process took a lock over (it thought ours stale): nothing may be written. */
  assertHeld: () => void;
  release: () => Promise<void>;
}

/**
 * Lock every path (a `PATH.lock` folder beside it, which the OS creates atomically) for the whole
 * read–modify–write, or refuse with "another PlanGate is updating PATH" (exit 4) without waiting.
 */
export async function lockFiles(paths: readonly string[]): Promise<FileLocks> {
  const unique = [...new Map(paths.map((p) => [resolve(p), p])).entries()].sort(([a], [b]) =>
    a.localeCompare(b),
  );
  const releases: (() => Promise<void>)[] = [];
  const lost: string[] = [];
  const releaseAll = async (): Promise<void> => {
    for (const release of releases.splice(0).reverse()) await release().catch(() => undefined);
  };
  for (const [absolute, shown] of unique) {
    try {
      releases.push(
        await lockfile.lock(absolute, {
          realpath: false,
          retries: 0,
          stale: STALE_MS,
          update: RENEW_MS,
          onCompromised: () => lost.push(shown),
        }),
      );
    } catch (error) {
      await releaseAll();
      if ((error as { code?: string }).code === 'ELOCKED') {
        throw new CliError(
          EXIT.busy,
          `another PlanGate is updating ${shown}: nothing was read or written. Try again when it has finished (a PlanGate that was stopped leaves ${shown}.lock behind, which is taken over after a minute).`,
        );
      }
      throw new CliError(
        EXIT.unreadable,
        `${shown} could not be locked for writing (${(error as Error).message}). Check the folder exists and is writable.`,
      );
    }
  }
  return {
    assertHeld: () => {
      if (lost.length > 0)
        throw new CliError(
          EXIT.busy,
          `the lock on ${lost.join(', ')} was taken over by another PlanGate while this one worked: nothing was written. Run the command again.`,
        );
    },
    release: releaseAll,
  };
}
