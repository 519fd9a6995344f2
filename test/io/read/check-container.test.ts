import { describe, expect, it } from 'vitest';
import { checkContainer } from '../../../io/container/check-container.js';
import { readWorkbookFile, UnreadableFileError } from '../../../io/read-workbook-file.js';
import { writePlanXlsx } from '../../cli/plan-fixtures.js';
import { tempDir } from '../../cli/run-plangate.js';
import {
  encryptedXlsx,
  encryptedZip,
  honestBomb,
  oversizedParts,
} from '../../support/bad-files/bad-files.js';
import { readFileSync } from 'node:fs';

/** The reason a read was refused with, or 'read' when the file was read. */
async function outcome(name: string, bytes: Uint8Array): Promise<string> {
  try {
    await readWorkbookFile(name, bytes);
    return 'read';
  } catch (error) {
    return error instanceof UnreadableFileError ? error.reason : `crash: ${(error as Error).message}`;
  }
}

describe('checkContainer before any parser runs', () => {
  it('an .xlsx cut at every 7th byte is refused as cut short, and the whole file is read', async () => {
    const plan = new Uint8Array(readFileSync((await writePlanXlsx(tempDir())).path));
    expect(await outcome('plan.xlsx', plan)).toBe('read');
    const reasons = new Map<string, number>();
    for (let cut = 1; cut < plan.byteLength; cut += 7) {
      const reason = await outcome('plan.xlsx', plan.subarray(0, cut));
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    }
    // A cut in the first two bytes leaves no zip signature: not an .xlsx at all.
    expect([...reasons.keys()].sort()).toEqual(['format', 'truncated']);
    expect(reasons.get('format')).toBe(1);
  });

  it('names password protection, bombs and oversized files by what the container declares', () => {
    const refusal = (bytes: Uint8Array): string => {
      try {
        checkContainer('f.xlsx', bytes);
        return 'accepted';
      } catch (error) {
        return (error as UnreadableFileError).reason;
      }
    };
    expect(refusal(encryptedXlsx())).toBe('encrypted');
    expect(refusal(encryptedZip())).toBe('encrypted');
    expect(refusal(honestBomb(40))).toBe('bomb');
    expect(refusal(honestBomb(8))).toBe('accepted'); // small and tightly packed is not a bomb
    expect(refusal(oversizedParts())).toBe('too-large');
  });
});
