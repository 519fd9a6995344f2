import { describe, expect, it } from 'vitest';
import { MemoryWorkbook } from '../../../core/port/memory-workbook.js';
import { journey } from '../../support/journey.js';
import { conversionJourney } from '../../support/conversion-journey.js';
import { sampleWorkbook } from '../../../core/sample/sample-workbook.js';

describe('the user journey on a MemoryWorkbook', () => {
  it('passes every gate, refuses the owner’s sign-off, seals the controller’s and detects tampering', async () => {
    const workbook = new MemoryWorkbook({
      'Plan 2027': [
        ['Campaign', 'Jan'],
        ['Spring', '1.200'],
      ],
    });
    const { steps } = await journey(workbook);
    expect(steps.map((s) => s.step)).toContain('sign-off as controller');
    expect(workbook.sheetNames()[0]).toBe('Plan 2027');
    expect(workbook.grid('Plan 2027')).toEqual([
      ['Campaign', 'Jan'],
      ['Spring', '1.200'],
    ]);
  });
});

describe('the conversion journey on a MemoryWorkbook', () => {
  it('converts the sample plan, imports actuals, gates, signs off and detects tampering', async () => {
    const sample = sampleWorkbook();
    const workbook = new MemoryWorkbook(sample.grids);
    const record = await conversionJourney(workbook);
    expect(record.initiatives).toBe(22);
    expect(workbook.sheetNames().slice(0, 2)).toEqual(sample.sheetNames);
  });
});
