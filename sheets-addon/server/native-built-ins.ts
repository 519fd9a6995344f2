/**
 * Which built-ins newer than ES2019 the Apps Script runtime has of its own, recorded before
 * built-ins.ts provides the missing ones (main.ts imports this first). The self-test reports
 * them, so a first run on the real V8 tells what Google's documentation does not.
 * (`typeof` of an undeclared name is "undefined", never an error.)
 */
export const NATIVE_BUILT_INS: Record<string, boolean> = {
  'Object.hasOwn': typeof (Object as { hasOwn?: unknown }).hasOwn === 'function',
  globalThis: typeof globalThis === 'object',
  'Array.prototype.at': typeof ([] as { at?: unknown }).at === 'function',
  'String.prototype.replaceAll': typeof ('' as unknown as { replaceAll?: unknown }).replaceAll === 'function',
  structuredClone: typeof structuredClone === 'function',
  TextDecoder: typeof TextDecoder === 'function',
  TextEncoder: typeof TextEncoder === 'function',
};
