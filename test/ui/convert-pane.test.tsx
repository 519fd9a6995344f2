// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { ConvertPane } from '../../ui/convert/ConvertPane.js';
import { fakeInspection, fakeService, pending } from './fake-service.js';
import { renderPane } from './render-pane.js';
import type { MappingDto } from '../../core/contract/governance-service.js';

afterEach(cleanup);

describe('Convert plan pane', () => {
  it('shows loading, and an error while listing sheets', async () => {
    renderPane(<ConvertPane />, fakeService({ overview: () => pending() }));
    expect(screen.getByText('Listing your sheets…')).toBeTruthy();
    cleanup();
    renderPane(
      <ConvertPane />,
      fakeService({ overview: () => Promise.reject(new Error('The workbook could not be read.')) }),
    );
    expect(await screen.findByText('The workbook could not be read.')).toBeTruthy();
  });

  it('offers upload when the workbook has no sheets of the user', async () => {
    const base = fakeService();
    renderPane(
      <ConvertPane />,
      fakeService({
        overview: async () => ({ ...(await base.overview()), userSheets: [], hasRegister: false }),
      }),
    );
    expect(
      await screen.findByText('This workbook has no sheets of your own. Upload a file instead.'),
    ).toBeTruthy();
    expect(screen.getByLabelText('Or upload a file with the plan')).toBeTruthy();
  });

  it('says clearly when no register can be made', async () => {
    const service = fakeService({
      inspectSource: () =>
        Promise.resolve({
          ...fakeInspection(),
          tables: [],
          error: 'Sheet "Notes" has no table with initiatives and amounts.',
        }),
    });
    renderPane(<ConvertPane />, service);
    fireEvent.click(await screen.findByRole('button', { name: 'Read plan sheet' }));
    expect(await screen.findByText('No register can be made from this source')).toBeTruthy();
    expect(screen.getByText(/has no table with initiatives/)).toBeTruthy();
  });

  it('inspects, lets the user fix a mapping, previews, converts and imports actuals', async () => {
    const service = fakeService();
    const { harness } = renderPane(<ConvertPane />, service);
    fireEvent.click(await screen.findByRole('button', { name: 'Read plan sheet' }));
    const mapping = await screen.findByRole('group', { name: 'Proposed mapping' });
    expect(within(mapping).getByText('60% sure: Header "Channel" looks like a grouping')).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Excluded rows' }).textContent).toContain(
      'Row 9: Row 9 is a total',
    );

    fireEvent.change(screen.getByLabelText('Program'), { target: { value: '2' } });
    expect(within(mapping).getByText('100% sure: Chosen by you')).toBeTruthy();
    const preview = await screen.findByRole('table', { name: 'Preview of the first rows' });
    expect(within(preview).getAllByRole('row')).toHaveLength(5);
    const sent = service.calls.filter((c) => c.method === 'previewConversion').at(-1)!.args[1] as MappingDto;
    expect(sent.fields.program).toMatchObject({ column: 2, header: 'Owner' });

    fireEvent.click(screen.getByRole('button', { name: 'Convert to register' }));
    const report = await screen.findByText(/4 added, 0 updated/);
    expect(report.closest('[role="status"]')!.textContent).toContain('Wrote PG Register (4 rows)');
    expect(harness.changes).toBe(1);
    expect(screen.getByText('The new register reports in EUR, the currency the plan names.')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Sheet with the actuals'), {
      target: { value: 'CRM export March' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Read actuals sheet' }));
    expect(await screen.findByRole('list', { name: 'Unmatched rows' })).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Ambiguous rows' }).textContent).toContain('CAMP-01 and CAMP-04');
    expect(service.calls.at(-1)).toEqual({
      method: 'importActuals',
      args: [{ kind: 'sheet', sheet: 'CRM export March' }],
    });
  });

  it('says before converting which currency the new register will report in', async () => {
    const base = fakeService();
    const service = fakeService({
      overview: async () => ({ ...(await base.overview()), hasRegister: false, initiativeCount: 0 }),
      inspectSource: async (source) => {
        const inspection = await base.inspectSource(source);
        const [table, ...rest] = inspection.tables;
        const currency = { code: 'USD', source: 'adopted' as const, plan: 'USD', from: 'Budget (USD)' };
        return {
          ...inspection,
          tables: [{ ...table, mapping: { ...table.mapping, currency: 'USD' }, currency }, ...rest],
        };
      },
    });
    renderPane(<ConvertPane />, service);
    fireEvent.click(await screen.findByRole('button', { name: 'Read plan sheet' }));
    await screen.findByRole('table', { name: 'Preview of the first rows' });
    expect(
      screen.getByText("The new register will report in USD, as the plan's 'Budget (USD)' says."),
    ).toBeTruthy();
    expect(screen.queryByText(/does not convert currencies/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Convert to register' }));
    expect(
      await screen.findByText('The new register reports in USD, the currency the plan names.'),
    ).toBeTruthy();
    // After converting, the report says what happened: the forecast is gone.
    expect(screen.queryByText(/will report in/)).toBeNull();
  });

  it('shows the core’s warning before converting into a register that keeps another currency', async () => {
    const base = fakeService();
    const warning =
      "Sheet 'Plan' has its amounts in GBP (cell D3, 'Budget (GBP)'), but the register reports in EUR and PlanGate does not convert currencies: convert the plan's amounts to EUR first, or change the register's currency to GBP in PG Settings if the whole register is in GBP.";
    const service = fakeService({
      inspectSource: async (source) => {
        const inspection = await base.inspectSource(source);
        const [table, ...rest] = inspection.tables;
        const currency = { code: 'EUR', source: 'kept' as const, plan: 'GBP', from: 'Budget (GBP)' };
        return {
          ...inspection,
          tables: [
            {
              ...table,
              mapping: { ...table.mapping, currency: 'GBP' },
              currency,
              warnings: [...table.warnings, warning],
            },
            ...rest,
          ],
        };
      },
    });
    renderPane(<ConvertPane />, service);
    fireEvent.click(await screen.findByRole('button', { name: 'Read plan sheet' }));
    await screen.findByRole('table', { name: 'Preview of the first rows' });
    const shown = screen.getByText(warning);
    expect(shown.closest('[aria-label="Warnings"]')).toBeTruthy();
    expect(screen.queryByText(/will report in/)).toBeNull();
  });

  it('says the register keeps reporting in the plan’s currency when both match', async () => {
    const base = fakeService();
    const service = fakeService({
      inspectSource: async (source) => {
        const inspection = await base.inspectSource(source);
        const [table, ...rest] = inspection.tables;
        const currency = { code: 'EUR', source: 'kept' as const, plan: 'EUR', from: 'Plan 2027 (k€)' };
        return { ...inspection, tables: [{ ...table, currency }, ...rest] };
      },
    });
    renderPane(<ConvertPane />, service);
    fireEvent.click(await screen.findByRole('button', { name: 'Read plan sheet' }));
    await screen.findByRole('table', { name: 'Preview of the first rows' });
    expect(
      screen.getByText("The register will report in EUR, as the plan's 'Plan 2027 (k€)' says."),
    ).toBeTruthy();
    expect(screen.queryByText(/does not convert currencies/)).toBeNull();
  });

  it('shows the conversion’s warnings once: those the inspection showed are not repeated', async () => {
    const kept =
      "Sheet 'Plan' has its amounts in GBP (cell D3, 'Budget (GBP)'), but the register reports in USD and PlanGate does not convert currencies: convert the plan's amounts to USD first, or change the register's currency to GBP in PG Settings if the whole register is in GBP.";
    const later = 'PG Register was edited by hand since the inspection: check rows 4 and 9.';
    const base = fakeService();
    const service = fakeService({
      inspectSource: async (source) => {
        const inspection = await base.inspectSource(source);
        const [table, ...rest] = inspection.tables;
        return { ...inspection, tables: [{ ...table, warnings: [...table.warnings, kept] }, ...rest] };
      },
      convert: () =>
        Promise.resolve({
          counts: { added: 0, updated: 2, unchanged: 2, conflict: 0, skipped: 0 },
          rows: [],
          wrote: ['PG Register (4 rows)'],
          currency: { code: 'USD', source: 'kept', plan: 'GBP' },
          warnings: [kept, later],
        }),
    });
    renderPane(<ConvertPane />, service);
    fireEvent.click(await screen.findByRole('button', { name: 'Read plan sheet' }));
    await screen.findByRole('table', { name: 'Preview of the first rows' });
    fireEvent.click(screen.getByRole('button', { name: 'Convert to register' }));
    const after = await screen.findByRole('list', { name: 'Check after converting' });
    expect(after.textContent).toBe(later);
    expect(screen.getAllByText(kept)).toHaveLength(1);
    expect(screen.getByText('The register reports in USD.')).toBeTruthy();
    expect(screen.queryByText(/The new register reports in/)).toBeNull();
  });
});
