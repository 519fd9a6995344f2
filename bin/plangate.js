#!/usr/bin/env node
// Entry of `npx plangate`. In a clone the TypeScript sources run through tsx (always current);
// an installed copy without dev tools runs the bundle `npm run build:cli` writes to dist/cli.js.
/* global process, URL */
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const source = `${root}cli/main.ts`;
const bundle = `${root}dist/cli.js`;

async function load() {
  if (existsSync(source)) {
    try {
      const { register } = await import('tsx/esm/api');
      register();
      return await import(pathToFileURL(source).href);
    } catch (error) {
      if (!existsSync(bundle)) {
        throw new Error(
          `the TypeScript runner is missing (${error instanceof Error ? error.message : String(error)}). Run \`npm install\` in the plangate folder, or \`npm run build:cli\`, then try again.`,
        );
      }
    }
  }
  if (existsSync(bundle)) return import(pathToFileURL(bundle).href);
  throw new Error(
    'PlanGate is not built: run `npm install` in the plangate folder, or `npm run build:cli`, then try again.',
  );
}

try {
  const { main } = await load();
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(
    `plangate could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
}
