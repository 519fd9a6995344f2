import { buildPlayground, BUILT_FOR_THIS_RUN } from './build-playground.js';

/** Builds the playground once before the browser test files run; each then finds it built. */
export default function setup(): void {
  process.env[BUILT_FOR_THIS_RUN] = buildPlayground();
}
