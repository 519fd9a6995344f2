/**
 * The real GovernanceService over a copy of the UI workbook, recording each call so a test can
 * check what a pane sent. `overrides` replace single methods for the states a healthy workbook
 * never shows: an answer still on its way, or a failure.
 */
import {
  createGovernanceService,
  declaredIdentity,
  type GovernanceService,
  type WorkbookPort,
} from '../../core/index.js';
import { NOW, PEOPLE, uiWorkbook } from './ui-workbook.js';

export interface Call {
  method: string;
  args: unknown[];
}

export interface RecordedService extends GovernanceService {
  calls: Call[];
}

export interface RealServiceOptions {
  /** Who acts: the PMO unless a test says otherwise. */
  actingAs?: string;
  /** false: a workbook with only the user's own sheets, before any conversion. */
  register?: boolean;
  /** A workbook of the test's own instead of the UI workbook. */
  workbook?: WorkbookPort;
  overrides?: Partial<GovernanceService>;
}

export async function realService({
  actingAs = PEOPLE.pmo,
  register = true,
  workbook,
  overrides = {},
}: RealServiceOptions = {}): Promise<RecordedService> {
  const port = workbook ?? (await uiWorkbook({ register }));
  const real = createGovernanceService({ port, clock: () => NOW, identity: declaredIdentity(actingAs) });
  const calls: Call[] = [];
  const service = { calls } as RecordedService;
  for (const method of Object.keys(real) as (keyof GovernanceService)[]) {
    const answerer = (method in overrides ? overrides : real) as Record<
      string,
      (...args: unknown[]) => unknown
    >;
    Object.assign(service, {
      [method]: (...args: unknown[]) => {
        calls.push({ method, args });
        return answerer[method](...args);
      },
    });
  }
  return service;
}

/** A promise that never settles: the pane stays in its loading state. */
export function pending<T>(): Promise<T> {
  return new Promise<T>(() => undefined);
}
