import { expect } from 'vitest';
import type { countingPort } from './counting-port.js';

/** What one journey step cost: how often it read and wrote the workbook. */
export interface StepCount {
  step: string;
  reads: number;
  writes: number;
}

/**
 * A runner for journey steps: each step is recorded in `steps` and held to one read and the
 * writes it is expected to make, so every journey reports and checks its cost the same way.
 */
export function oneReadSteps(
  counted: ReturnType<typeof countingPort>,
  steps: StepCount[],
): <T>(name: string, writes: number, run: () => Promise<T>) => Promise<T> {
  return async (name, writes, run) => {
    counted.reset();
    const result = await run();
    steps.push({ step: name, reads: counted.reads, writes: counted.writes });
    expect({ step: name, reads: counted.reads, writes: counted.writes }).toEqual({
      step: name,
      reads: 1,
      writes,
    });
    return result;
  };
}
