import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { base64Bytes } from '../../../core/values/base64.js';
import { MemoryWorkbook } from '../../../core/port/memory-workbook.js';
import { createGovernanceService } from '../../../core/service/create-governance-service.js';
import { declaredIdentity } from '../../../core/port/declared-identity.js';
import { sampleWorkbook, SAMPLE_PLAN_SHEET } from '../../../core/sample/sample-workbook.js';
import type { WorkbookRead } from '../../../core/contract/workbook-port.js';

describe('base64Bytes', () => {
  it('decodes what Node encodes, with or without padding and line breaks', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = Buffer.from(bytes).toString('base64');
        expect(base64Bytes(text)).toEqual(bytes);
        expect(base64Bytes(text.replace(/=+$/, '').replace(/(.{20})/g, '$1\n'))).toEqual(bytes);
      }),
    );
    expect(base64Bytes('not base64!')).toBeNull();
  });
});

describe('importing an uploaded file', () => {
  const now = () => new Date('2027-04-30T12:00:00.000Z');

  it('hands the decoded bytes to the host’s file reader and converts the plan it returns', async () => {
    const sample = sampleWorkbook();
    const seen: { name: string; bytes: number[] }[] = [];
    const readSourceFile = (fileName: string, bytes: Uint8Array): Promise<WorkbookRead> => {
      seen.push({ name: fileName, bytes: [...bytes] });
      return Promise.resolve({
        sheetNames: [SAMPLE_PLAN_SHEET],
        grids: { [SAMPLE_PLAN_SHEET]: sample.grids[SAMPLE_PLAN_SHEET] },
      });
    };
    const workbook = new MemoryWorkbook();
    const service = createGovernanceService({
      port: workbook,
      clock: now,
      identity: declaredIdentity('Paula Weber'),
      readSourceFile,
    });
    const source = {
      kind: 'file' as const,
      fileName: 'plan.xlsx',
      content: Buffer.from([1, 2, 3]).toString('base64'),
    };
    const inspection = await service.inspectSource(source);
    expect(seen).toEqual([{ name: 'plan.xlsx', bytes: [1, 2, 3] }]);
    const table = inspection.tables.find((t) => t.verdict === 'plan')!;
    const report = await service.convert(source, table.mapping);
    expect(report.counts.added).toBe(table.initiatives);
    expect(workbook.sheetNames()).toContain('PG Register');
  });

  it('says what to do when files cannot be opened or arrive damaged', async () => {
    const service = createGovernanceService({
      port: new MemoryWorkbook(),
      clock: now,
      identity: declaredIdentity('x'),
    });
    await expect(
      service.inspectSource({ kind: 'file', fileName: 'plan.xlsx', content: 'AAAA' }),
    ).rejects.toThrow(
      'Opening files is not available here: open the plan as a sheet of this workbook instead.',
    );
    const failing = createGovernanceService({
      port: new MemoryWorkbook(),
      clock: now,
      identity: declaredIdentity('x'),
      readSourceFile: () => Promise.reject(new Error('the file is encrypted')),
    });
    await expect(
      failing.inspectSource({ kind: 'file', fileName: 'plan.xlsx', content: '%%%' }),
    ).rejects.toThrow('plan.xlsx arrived damaged (its content is not base64): upload it again.');
    await expect(
      failing.inspectSource({ kind: 'file', fileName: 'plan.xlsx', content: 'AAAA' }),
    ).rejects.toThrow('plan.xlsx could not be read: the file is encrypted');
  });
});
