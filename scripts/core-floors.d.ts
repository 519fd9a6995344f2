// Types of core-floors.js, which eslint.config.js loads as plain JavaScript.
import type { Linter } from 'eslint';

export const CORE_FLOORS: readonly (readonly string[])[];
export const OUTSIDE_CORE: readonly string[];
export const HOST_FREE: readonly { group: string[]; message: string }[];
export function floorRules(): Linter.Config[];
