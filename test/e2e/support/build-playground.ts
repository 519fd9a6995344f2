import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const PLAYGROUND_DIST = path.join(REPO, 'dist', 'playground');

/** The production build the tests and the benchmark run against (the same one `npm run build:playground` makes). */
export function buildPlayground(): string {
  execFileSync(
    process.execPath,
    [
      path.join(REPO, 'node_modules/webpack-cli/bin/cli.js'),
      '--config',
      'playground/webpack.config.js',
      '--mode',
      'production',
    ],
    { cwd: REPO, stdio: 'pipe' },
  );
  return PLAYGROUND_DIST;
}
