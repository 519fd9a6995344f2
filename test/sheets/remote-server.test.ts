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

/** A sidebar whose visibility and focus the test sets. */
function sidebarActivity(active = true) {
  const listeners = new Set<() => void>();
  return {
    active: () => active,
    onChange(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next: boolean) {
      active = next;
      for (const listener of listeners) listener();
    },
  };
}

describe('selection polling', () => {
  it('reports a newly selected register row once, and stops when unsubscribed', async () => {
    vi.useFakeTimers();
    let selected: string | null = null;
    const remote = { selectedInitiative: () => Promise.resolve(selected) };
    const seen: string[] = [];
    const unsubscribe = pollSelection(remote, { activity: sidebarActivity(), minMs: 1000 })((id) =>
      seen.push(id),
    );
    await vi.advanceTimersByTimeAsync(1000);
    selected = 'CAMP-07';
    await vi.advanceTimersByTimeAsync(3000);
    selected = 'CAMP-09';
    // Unchanged answers back off (1 s, then 2 s): the next ask comes within 4 s.
    await vi.advanceTimersByTimeAsync(4000);
    unsubscribe();
    selected = 'CAMP-11';
    await vi.advanceTimersByTimeAsync(3000);
    expect(seen).toEqual(['CAMP-07', 'CAMP-09']);
  });
});

// Each google.script.run call is a full Apps Script execution ("Quotas for Google Services":
// executions count against the daily quota), so the sidebar asks only while a person looks at it.
describe('selection polling costs executions only while the sidebar is in front', () => {
  function counting() {
    let selected: string | null = 'CAMP-01';
    let calls = 0;
    const remote = {
      selectedInitiative: () => {
        calls++;
        return Promise.resolve(selected);
      },
    };
    return { remote, calls: () => calls, select: (id: string) => (selected = id) };
  }

  it('never asks while the sidebar is hidden or not focused', async () => {
    vi.useFakeTimers();
    const { remote, calls } = counting();
    const stop = pollSelection(remote, { activity: sidebarActivity(false) })(() => undefined);
    await vi.advanceTimersByTimeAsync(600_000);
    expect(calls()).toBe(0);
    stop();
  });

  it('backs off while nothing changes, and asks again at once when it comes back to the front', async () => {
    vi.useFakeTimers();
    const { remote, calls, select } = counting();
    const activity = sidebarActivity(true);
    const seen: string[] = [];
    const stop = pollSelection(remote, { activity, minMs: 2500, maxMs: 30_000 })((id) => seen.push(id));
    await vi.advanceTimersByTimeAsync(60_000);
    // At 2.5 s (the first answer), then 5, 10, 20 and 40 s: five asks in a minute instead of 24.
    expect(calls()).toBe(5);
    activity.set(false);
    await vi.advanceTimersByTimeAsync(300_000);
    expect(calls()).toBe(5);
    select('CAMP-02');
    activity.set(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(calls()).toBe(6);
    expect(seen).toEqual(['CAMP-01', 'CAMP-02']);
    stop();
  });
});
