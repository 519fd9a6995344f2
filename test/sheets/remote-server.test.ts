import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRemoteServer, governanceServiceOf } from '../../sheets-addon/client/remote-server.js';
import { readableError } from '../../sheets-addon/client/readable-error.js';
import type { ScriptRunner } from '../../sheets-addon/client/script-runner.js';
import { pollSelection } from '../../sheets-addon/client/selection-poller.js';

/** A google.script.run stand-in: records calls and answers with `answer(name, args)` on the next tick. */
function fakeRunner(answer: (name: string, args: unknown[]) => { ok: unknown } | { fail: unknown }) {
  const calls: { name: string; args: unknown[] }[] = [];
  const make = (onOk?: (v: unknown) => void, onFail?: (e: unknown) => void): ScriptRunner =>
    new Proxy({} as ScriptRunner, {
      get(_, prop: string) {
        if (prop === 'withSuccessHandler') return (h: (v: unknown) => void) => make(h, onFail);
        if (prop === 'withFailureHandler') return (h: (e: unknown) => void) => make(onOk, h);
        return (...args: unknown[]) => {
          calls.push({ name: prop, args });
          const result = answer(prop, args);
          setTimeout(() => ('ok' in result ? onOk?.(result.ok) : onFail?.(result.fail)), 0);
        };
      },
    });
  return { runner: () => make(), calls };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the sidebar’s bridge to the server', () => {
  it('calls the server function of the same name and resolves with its answer', async () => {
    const { runner, calls } = fakeRunner((name) => ({ ok: { name } }));
    const service = governanceServiceOf(createRemoteServer(runner));
    await expect(service.verify()).resolves.toEqual({ name: 'verify' });
    await service.move({ id: 'A-1', kind: 'up', reason: '' });
    expect(calls).toEqual([
      { name: 'verify', args: [] },
      { name: 'move', args: [{ id: 'A-1', kind: 'up', reason: '' }] },
    ]);
  });

  it('exposes exactly the server’s functions, typed from its module', () => {
    const { runner } = fakeRunner(() => ({ ok: null }));
    const remote = createRemoteServer(runner);
    // @ts-expect-error: the server has no such function, so the sidebar cannot call it
    expect(remote.deleteEverything).toBeUndefined();
    expect(Object.keys(remote)).toContain('selectedInitiative');
  });

  it('sends dates as ISO strings and drops trailing undefined arguments', async () => {
    const { runner, calls } = fakeRunner(() => ({ ok: null }));
    const remote = createRemoteServer(runner);
    await remote.snapshot(undefined);
    await remote.saveSettings({ asOf: new Date('2027-04-30T00:00:00.000Z') as unknown as string });
    expect(calls).toEqual([
      { name: 'snapshot', args: [] },
      { name: 'saveSettings', args: [{ asOf: '2027-04-30T00:00:00.000Z' }] },
    ]);
  });

  it('turns a server failure into an Error with a readable message', async () => {
    const { runner } = fakeRunner(() => ({
      fail: { name: 'ScriptError', message: 'Exception: PG Audit was changed by someone else.' },
    }));
    await expect(createRemoteServer(runner).refresh()).rejects.toThrow(
      /^PG Audit was changed by someone else\.$/,
    );
  });
});

describe('readableError', () => {
  it('translates Apps Script’s own failures into what to do', () => {
    expect(readableError(new Error('NetworkError: Connection failure due to HTTP 0')).message).toMatch(
      /could not be reached/,
    );
    expect(readableError({ message: 'Exceeded maximum execution time' }).message).toMatch(/6 minutes/);
    expect(readableError('Authorization is required to perform that action.').message).toMatch(
      /needs your permission/,
    );
    expect(readableError(undefined).message).toMatch(/Try again/);
  });
});

describe('selection polling', () => {
  it('reports a newly selected register row once, and stops when unsubscribed', async () => {
    vi.useFakeTimers();
    let selected: string | null = null;
    const remote = { selectedInitiative: () => Promise.resolve(selected) };
    const seen: string[] = [];
    const unsubscribe = pollSelection(remote, 1000)((id) => seen.push(id));
    await vi.advanceTimersByTimeAsync(1000);
    selected = 'CAMP-07';
    await vi.advanceTimersByTimeAsync(3000);
    selected = 'CAMP-09';
    await vi.advanceTimersByTimeAsync(1000);
    unsubscribe();
    selected = 'CAMP-11';
    await vi.advanceTimersByTimeAsync(3000);
    expect(seen).toEqual(['CAMP-07', 'CAMP-09']);
  });
});
