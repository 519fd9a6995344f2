/**
 * Custom functions entry, loaded in the shared runtime. Bad input becomes #VALUE! with the
 * message on hover; a realization without plan to date becomes #N/A.
 */
import { FunctionInputError } from '../../core/index.js';
import { eac, NO_REALIZATION, realization, valueStatus, weightedValue } from '../../core/index.js';

interface CustomFunctionsApi {
  associate(id: string, fn: (...args: never[]) => unknown): void;
  Error: new (code: string, message?: string) => Error;
}

/** Each function, by the id in functions.json. */
export const FUNCTIONS: Record<string, (...args: never[]) => unknown> = {
  EAC: eac,
  WEIGHTEDVALUE: weightedValue,
  REALIZATION: realization,
  VALUESTATUS: valueStatus,
};

/** Wraps a function so Excel gets its error values instead of an exception. */
export function excelSafe(
  api: CustomFunctionsApi,
  fn: (...args: never[]) => unknown,
): (...args: never[]) => unknown {
  return (...args) => {
    try {
      const result = fn(...args);
      if (result === null) throw new api.Error('#N/A', NO_REALIZATION);
      return result;
    } catch (error) {
      if (error instanceof FunctionInputError) throw new api.Error('#VALUE!', error.message);
      throw error;
    }
  };
}

const api = (globalThis as { CustomFunctions?: CustomFunctionsApi }).CustomFunctions;
if (api) for (const [id, fn] of Object.entries(FUNCTIONS)) api.associate(id, excelSafe(api, fn));
