import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { workbookInventory } from '../../io/workbook-inventory.js';
import { withChart } from '../support/bad-files/workbook-with-chart.js';
import { plangate, tempDir } from './run-plangate.js';

/** A plan with what people put around one: an image, a defined name, a hidden sheet, a chart. */
async function decoratedPlan(dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Plan');
  ws.addRow(['Campaign', 'Owner', 'Jan 2027', 'Feb 2027']);
  ws.addRow(['Webinar series', 'Ann Owner', 1000, 2000]);
  ws.addRow(['Trade fair', 'Ben Owner', 500, 500]);
  ws.addImage(
    wb.addImage({
      buffer: PNG.sync.write(new PNG({ width: 4, height: 4 })) as unknown as ExcelJS.Buffer,
      extension: 'png',
    }),
    'G2:H4',
  );
  wb.definedNames.add("'Plan'!$C$2:$D$3", 'PlanValues');
  wb.addWorksheet('Assumptions').state = 'hidden';
  const path = join(dir, 'plan.xlsx');
  writeFileSync(path, await withChart(new Uint8Array(await wb.xlsx.writeBuffer())));
  return path;
}

describe('plangate never degrades the workbook it writes into', () => {
  it('refuses to write into a workbook whose chart it cannot carry, names the loss first and proposes a new file', async () => {
    const dir = tempDir();
    const path = await decoratedPlan(dir);
    const before = readFileSync(path);
    const run = plangate(dir, 'convert', 'plan.xlsx', '-o', 'plan.xlsx');
    expect(run.code).toBe(1);
    // The import's questions come first (this plan names no currency); the refusal is the last word.
    expect(run.stderr.trim().split('\n').at(-1)).toBe(
      `plan.xlsx was not written: PlanGate cannot carry your sheets over whole, and writing into plan.xlsx would lose 'Plan': 1 chart. Nothing was changed. Write the register to a new file instead, for example -o "plan (PlanGate).xlsx": it holds the PG sheets and copies of your sheets, and plan.xlsx keeps everything.`,
    );
    expect(run.stdout).not.toContain('Wrote');
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('into the proposed new file: images, defined names and the hidden sheet are carried, the chart is named as missing', async () => {
    const dir = tempDir();
    await decoratedPlan(dir);
    const run = plangate(dir, 'convert', 'plan.xlsx', '-o', 'plan (PlanGate).xlsx');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(
      "Note: plan (PlanGate).xlsx does not carry everything of plan.xlsx: 'Plan': 1 chart. plan.xlsx is unchanged.",
    );
    const written = await workbookInventory(new Uint8Array(readFileSync(join(dir, 'plan (PlanGate).xlsx'))));
    expect(written?.sheets['Plan']).toMatchObject({ images: 1, charts: 0 });
    expect(written?.sheets['Assumptions']).toMatchObject({ 'hidden state': 1 });
    expect(written?.workbook['defined names']).toBe(1);
  });
});
