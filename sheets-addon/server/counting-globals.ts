import type { AppsScriptGlobals } from './apps-script-api.js';

/**
 * The Apps Script services with every method call on SpreadsheetApp and the objects it hands out
 * (spreadsheet, sheets, ranges, builders) counted: the self-test's "round trips" on the server.
 * Objects go back to Apps Script unwrapped, and values (rows, Dates) are never wrapped.
 */
export function countingGlobals(gas: AppsScriptGlobals): { gas: AppsScriptGlobals; calls: () => number } {
  let calls = 0;
  const targets = new WeakMap<object, object>();
  const isObject = (v: unknown): v is object =>
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    Object.prototype.toString.call(v) !== '[object Date]';
  const unwrap = (v: unknown): unknown => (isObject(v) ? (targets.get(v) ?? v) : v);
  const wrap = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.length > 0 && isObject(v[0]) ? v.map(wrap) : v;
    if (!isObject(v)) return v;
    const proxy = new Proxy(v, {
      get(target, key) {
        const value: unknown = Reflect.get(target, key);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          calls++;
          return wrap(Reflect.apply(value as (...a: unknown[]) => unknown, target, args.map(unwrap)));
        };
      },
    });
    targets.set(proxy, v);
    return proxy;
  };
  return {
    gas: { ...gas, SpreadsheetApp: wrap(gas.SpreadsheetApp) as AppsScriptGlobals['SpreadsheetApp'] },
    calls: () => calls,
  };
}
