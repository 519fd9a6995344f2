import type { GovernanceService } from '../../core/index.js';
import type * as ServerRpc from '../server/rpc.js';
import { readableError } from './readable-error.js';
import type { ScriptRunner } from './script-runner.js';

/** The server's RPC module: renaming or retyping a server function breaks this build. */
export type ServerFunctions = typeof ServerRpc;

/** Each server function as the sidebar calls it: same arguments, the result as a Promise. */
export type RemoteServer = {
  [K in keyof ServerFunctions]: (
    ...args: Parameters<ServerFunctions[K]>
  ) => Promise<ReturnType<ServerFunctions[K]>>;
};

/** Every server function by name: a missing or extra name is a compile error. */
const FUNCTION_NAMES = {
  overview: true,
  declareIdentity: true,
  inspectSource: true,
  previewConversion: true,
  convert: true,
  importActuals: true,
  refresh: true,
  initiative: true,
  move: true,
  signOff: true,
  restoreLevel: true,
  portfolio: true,
  verify: true,
  snapshot: true,
  bridge: true,
  settings: true,
  saveSettings: true,
  selectedInitiative: true,
  selfTest: true,
} satisfies Record<keyof ServerFunctions, true>;

/**
 * google.script.run carries JSON-like values only (a Date argument fails the call): send dates
 * as ISO strings, and drop trailing `undefined` arguments, which would arrive as null.
 */
function wireArgs(args: unknown[]): unknown[] {
  let end = args.length;
  while (end > 0 && args[end - 1] === undefined) end--;
  return JSON.parse(JSON.stringify(args.slice(0, end))) as unknown[];
}

export function createRemoteServer(runner: () => ScriptRunner): RemoteServer {
  const remote = {} as Record<string, (...args: unknown[]) => Promise<unknown>>;
  for (const name of Object.keys(FUNCTION_NAMES)) {
    remote[name] = (...args) =>
      new Promise((resolve, reject) => {
        const run = runner()
          .withSuccessHandler(resolve)
          .withFailureHandler((error) => reject(readableError(error))) as unknown as Record<
          string,
          (...a: unknown[]) => void
        >;
        const call = run[name];
        if (typeof call !== 'function') {
          reject(
            new Error(
              `This copy of PlanGate is out of date (the server has no "${name}"): reload the sidebar.`,
            ),
          );
          return;
        }
        call.apply(run, wireArgs(args));
      });
  }
  return remote as unknown as RemoteServer;
}

/** The sidebar's GovernanceService: the server's functions, checked against the interface. */
export function governanceServiceOf(remote: RemoteServer): GovernanceService {
  return remote;
}
