import vm from 'node:vm';

/**
 * Built-ins newer than ES2019, by the edition that added them. Google's "V8 runtime overview" for
 * Apps Script promises "modern ECMAScript syntax" and names no edition or built-in beyond it, so
 * PlanGate relies on what the bundle's syntax target (es2019) guarantees and treats everything
 * newer as absent: the build evaluates Code.js without them (server-bundle.ts), every vm test
 * runs it so, and what the server needs of them is provided by core-js (server/built-ins.ts).
 * Each entry is `Global`, `Global.member` or `Global.prototype.member`; `TypedArray` is the
 * prototype every typed array inherits from.
 */
export const NEWER_THAN_ES2019: readonly string[] = [
  // ES2020
  'globalThis',
  'BigInt',
  'BigInt64Array',
  'BigUint64Array',
  'Promise.allSettled',
  'String.prototype.matchAll',
  // ES2021
  'Promise.any',
  'AggregateError',
  'String.prototype.replaceAll',
  'WeakRef',
  'FinalizationRegistry',
  // ES2022
  'Object.hasOwn',
  'Array.prototype.at',
  'String.prototype.at',
  'TypedArray.prototype.at',
  // ES2023
  'Array.prototype.findLast',
  'Array.prototype.findLastIndex',
  'Array.prototype.toSorted',
  'Array.prototype.toReversed',
  'Array.prototype.toSpliced',
  'Array.prototype.with',
  'TypedArray.prototype.findLast',
  'TypedArray.prototype.findLastIndex',
  'TypedArray.prototype.toSorted',
  'TypedArray.prototype.toReversed',
  'TypedArray.prototype.with',
  // ES2024
  'Object.groupBy',
  'Map.groupBy',
  'Promise.withResolvers',
  'String.prototype.isWellFormed',
  'String.prototype.toWellFormed',
  'ArrayBuffer.prototype.transfer',
  'ArrayBuffer.prototype.resize',
  'Atomics.waitAsync',
  // ES2025
  'Iterator',
  'Promise.try',
  'RegExp.escape',
  'Float16Array',
  'Math.f16round',
  'Set.prototype.union',
  'Set.prototype.intersection',
  'Set.prototype.difference',
  'Set.prototype.symmetricDifference',
  'Set.prototype.isSubsetOf',
  'Set.prototype.isSupersetOf',
  'Set.prototype.isDisjointFrom',
  // ES2026 and proposals shipped in V8
  'Array.fromAsync',
  'Error.isError',
  'Math.sumPrecise',
  'Uint8Array.fromBase64',
  'Uint8Array.fromHex',
  'Uint8Array.prototype.toBase64',
  'Uint8Array.prototype.toHex',
  'Intl.Segmenter',
  'structuredClone',
];

/**
 * A `vm` context like Apps Script's V8 as documented: every built-in in NEWER_THAN_ES2019
 * removed, then `globals` (the fake services) added. The list is applied inside the context, so
 * the test process keeps its own built-ins.
 */
export function appsScriptContext(globals: Record<string, unknown>): vm.Context {
  const context = vm.createContext({});
  const strip = vm.runInContext(
    `(function (names) {
      var global = this;
      names.forEach(function (name) {
        var parts = name.split('.');
        var owner = parts[0] === 'TypedArray' ? { TypedArray: Object.getPrototypeOf(Int8Array) } : global;
        for (var i = 0; i < parts.length - 1; i++) {
          owner = owner && owner[parts[i]];
        }
        if (owner) delete owner[parts[parts.length - 1]];
      });
    })`,
    context,
  ) as (names: readonly string[]) => void;
  strip(NEWER_THAN_ES2019);
  for (const [name, value] of Object.entries(globals)) (context as Record<string, unknown>)[name] = value;
  return context;
}
