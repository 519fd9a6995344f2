import type { Grid } from '../model/cell.js';
import { PG_SHEETS, isPlanGateSheet } from '../model/sheets.js';
import type { WorkbookPort, WorkbookRead, WritePlan } from '../contract/workbook-port.js';

/** Scratch copies of the PG sheets the self-test writes instead of the real ones. */
export const SELF_TEST_PREFIX = 'PG Self-test ';

export function scratchName(pgSheet: string): string {
  return `${SELF_TEST_PREFIX}${pgSheet.replace(/^PG /, '')}`;
}

export const SCRATCH_SHEETS: readonly string[] = PG_SHEETS.map(scratchName);

export function isScratchSheet(name: string): boolean {
  return SCRATCH_SHEETS.includes(name);
}

/**
 * The live workbook as the self-test's use cases see it: the PG sheets are the scratch copies
 * (`PG Self-test Register`…), the real PG sheets are invisible, and `source` sheets (the sample
 * plan) are served from memory, never written to the workbook. Writes to anything but a PG
 * sheet are refused, so the person's own sheets and real register cannot change.
 */
export function scratchPort(live: WorkbookPort, source: Record<string, Grid>): WorkbookPort {
  const toHost = (name: string): string => (isPlanGateSheet(name) ? scratchName(name) : name);
  return {
    async read(sheets: readonly string[]): Promise<WorkbookRead> {
      const fromHost = sheets.filter((s) => !(s in source)).map(toHost);
      const read = await live.read(fromHost);
      const grids: Record<string, Grid> = {};
      for (const name of sheets) {
        if (name in source) grids[name] = source[name];
        else if (toHost(name) in read.grids) grids[name] = read.grids[toHost(name)];
      }
      const sheetNames = [
        ...Object.keys(source),
        ...read.sheetNames
          .filter((n) => !isPlanGateSheet(n) && !(n in source))
          .map((n) => (isScratchSheet(n) ? PG_SHEETS[SCRATCH_SHEETS.indexOf(n)] : n)),
      ];
      return { sheetNames, grids };
    },
    async write(plan: WritePlan): Promise<void> {
      for (const { sheet } of plan.sheets)
        if (!isPlanGateSheet(sheet))
          throw new Error(`The self-test writes only scratch sheets, not "${sheet}".`);
      await live.write({ sheets: plan.sheets.map((s) => ({ ...s, sheet: scratchName(s.sheet) })) });
    },
  };
}
