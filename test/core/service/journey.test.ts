import { describe, expect, it } from 'vitest';
import { MemoryWorkbook } from '../../../core/port/memory-workbook.js';
import { journey } from '../../support/journey.js';

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
