/**
 * The result of a promise that has already settled. Apps Script services are synchronous and the
 * server bundle runs the core's async code on a synchronous Promise (see `build/server.ts`), so
 * every service promise settles before the entry function returns: google.script.run and custom
 * functions then receive a plain value, not a Promise.
 */
export function settleNow<T>(promise: Promise<T>): T {
  let state: 'pending' | 'fulfilled' | 'rejected' = 'pending';
  let value: T | undefined;
  let reason: unknown;
  promise.then(
    (v) => {
      state = 'fulfilled';
      value = v;
    },
    (e: unknown) => {
      state = 'rejected';
      reason = e;
    },
  );
  // The callbacks above may have run synchronously; TypeScript cannot see that.
  const settled = state as 'pending' | 'fulfilled' | 'rejected';
  if (settled === 'rejected') throw reason instanceof Error ? reason : new Error(String(reason));
  if (settled === 'pending') {
    throw new Error('PlanGate could not finish this step in one go. Reload the sidebar and try again.');
  }
  return value as T;
}
