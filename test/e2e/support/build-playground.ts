import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const PLAYGROUND_DIST = path.join(REPO, 'dist', 'playground');

/** Set by the e2e global setup once it has built the playground for the whole run. */
export const BUILT_FOR_THIS_RUN = 'PLANGATE_PLAYGROUND_BUILT';

/** The production build the tests and the benchmark run against (the same one `npm run build:playground` makes). */
export function buildPlayground(): string {
  // Several browser test files share one build: it takes minutes.
  if (process.env[BUILT_FOR_THIS_RUN] === PLAYGROUND_DIST) return PLAYGROUND_DIST;
  // The npm script, so tests measure what users build: webpack, then the prerendered first page.
  execFileSync('npm', ['run', '--silent', 'build:playground'], { cwd: REPO, stdio: 'pipe' });
  return PLAYGROUND_DIST;
}
