// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import {
  createGovernanceService,
  createPlanImporter,
  declaredIdentity,
  MemoryWorkbook,
  SAMPLE_ACTUALS_SHEET,
  SAMPLE_PLAN_SHEET,
  sampleWorkbook,
  type ActualsReportDto,
} from '../../core/index.js';
import { ActualsImport } from '../../ui/convert/ActualsImport.js';
import { ActualsReportView } from '../../ui/convert/ActualsReportView.js';
import { realService } from './real-service.js';
import { renderPane } from './render-pane.js';

afterEach(cleanup);

const REPORT: ActualsReportDto = {
  matchedRows: 2,
  periods: ['2027-01'],
  total: 300,
  updatedInitiatives: 1,
  unchanged: false,
  unmatched: [],
  ambiguous: [],
  wrote: ['PG Actual (1 row)'],
  warnings: [
    { sheet: 'CRM export', cell: 'C5', message: '1 row is in another currency than the register’s EUR.' },
    { sheet: 'CRM export', cell: null, message: 'No row of the export could be booked.' },
    { sheet: null, cell: null, message: 'A warning about the whole file.' },
  ],
  excluded: [{ row: 5, reason: 'Amount is in USD; the register reports in EUR. Convert the export first.' }],
};

describe('Actuals report', () => {
  it('lists each warning after the sheet and cell it is about, and the rows not booked', async () => {
    renderPane(<ActualsReportView report={REPORT} />, await realService());
    const items = within(screen.getByRole('list', { name: 'Actuals warnings' })).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'CRM export!C5: 1 row is in another currency than the register’s EUR.',
      'CRM export: No row of the export could be booked.',
      'A warning about the whole file.',
    ]);
    expect(screen.getByRole('list', { name: 'Excluded rows' }).textContent).toBe(
      'Row 5: Amount is in USD; the register reports in EUR. Convert the export first.',
    );
  });

  it('shows no warning bar for a clean import, nor for a service that sends no warnings', async () => {
    const { warnings: _w, excluded: _e, ...older } = REPORT;
    renderPane(<ActualsReportView report={older} />, await realService());
    expect(screen.getByText(/2 rows matched/)).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Actuals warnings' })).toBeNull();
    expect(screen.queryByRole('list', { name: 'Excluded rows' })).toBeNull();
  });

  it('shows the warnings the core finds in the sample CRM export: unmatched and shared keys, with their cells', async () => {
    const workbook = new MemoryWorkbook(sampleWorkbook().grids);
    const service = createGovernanceService({
      port: workbook,
      clock: () => new Date('2027-05-02T09:00:00.000Z'),
      identity: declaredIdentity('Dana PMO'),
      importer: createPlanImporter(),
    });
    const inspection = await service.inspectSource({ kind: 'sheet', sheet: SAMPLE_PLAN_SHEET });
    const plan = inspection.tables.find((t) => t.verdict === 'plan')!;
    await service.convert({ kind: 'sheet', sheet: SAMPLE_PLAN_SHEET }, plan.mapping);

    renderPane(<ActualsImport sheets={[SAMPLE_PLAN_SHEET, SAMPLE_ACTUALS_SHEET]} />, service);
    fireEvent.change(screen.getByLabelText('Sheet with the actuals'), {
      target: { value: SAMPLE_ACTUALS_SHEET },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Read actuals sheet' }));
    const list = await screen.findByRole('list', { name: 'Actuals warnings' });
    const texts = within(list)
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? '');
    // The sample plants two unknown campaigns and one campaign shared by two initiatives.
    expect(texts).toEqual([
      `${SAMPLE_ACTUALS_SHEET}!A2: 3 rows (20,200 in all) match no initiative: 2 different values of 'Campaign ID', first row 2 "CRM-0950", row 32 "CRM-5001", row 53 "CRM-5001". Add those keys to the Keys column of PG Register to book them.`,
      `${SAMPLE_ACTUALS_SHEET}!A34: 1 row names a key that belongs to more than one initiative, first row 34 "CRM-1002" (DG-02, PM-03). It is not booked: keep each key on one initiative only in the Keys column of PG Register, then import again.`,
    ]);
  });
});
