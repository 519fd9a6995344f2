// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { MemoryWorkbook, type Grid, type MappingDto } from '../../core/index.js';
import { ConvertPane } from '../../ui/convert/ConvertPane.js';
import { pending, realService } from './real-service.js';
import { renderPane } from './render-pane.js';
import { ACTUALS_SHEET, uiWorkbook } from './ui-workbook.js';

afterEach(cleanup);

const MONTHS = ['Jan 2027', 'Feb 2027', 'Mar 2027', 'Apr 2027', 'May 2027', 'Jun 2027'];

/** A plan sheet whose first cell names its amounts, e.g. "Budget (USD)" or "Plan 2027 (k€)". */
function plan(title: string): Grid {
  const monthly = (value: number) => MONTHS.map(() => value);
  return [
    [title],
    [],
    ['Campaign', 'Channel', 'Owner', 'CRM IDs', ...MONTHS],
    ['Spring webinar series', 'Demand generation', 'Maria Keller', 'SF-7011', ...monthly(20)],
    ['Partner co-marketing DACH', 'Partners', 'Lukas Hofmann', 'SF-7020', ...monthly(20)],
  ];
}

/** Picks the sheet `Plan` and reads it, as the user does. */
async function readPlanSheet() {
  fireEvent.change(await screen.findByLabelText('Sheet with the plan'), { target: { value: 'Plan' } });
  fireEvent.click(screen.getByRole('button', { name: 'Read plan sheet' }));
  await screen.findByRole('table', { name: 'Preview of the first rows' });
}

describe('Convert plan pane', () => {
  it('shows loading, and an error while listing sheets', async () => {
    renderPane(<ConvertPane />, await realService({ overrides: { overview: () => pending() } }));
    expect(screen.getByText('Listing your sheets…')).toBeTruthy();
    cleanup();
    renderPane(
      <ConvertPane />,
      await realService({
        overrides: { overview: () => Promise.reject(new Error('The workbook could not be read.')) },
      }),
    );
    expect(await screen.findByText('The workbook could not be read.')).toBeTruthy();
  });

  it('offers upload when the workbook has no sheets of the user', async () => {
    renderPane(<ConvertPane />, await realService({ workbook: new MemoryWorkbook({}) }));
    expect(
      await screen.findByText('This workbook has no sheets of your own. Upload a file instead.'),
    ).toBeTruthy();
    expect(screen.getByLabelText('Or upload a file with the plan')).toBeTruthy();
  });

  it('says clearly when no register can be made', async () => {
    const workbook = new MemoryWorkbook({ Notes: [['Meeting notes'], ['Call Jonas about the fair']] });
    renderPane(<ConvertPane />, await realService({ workbook }));
    fireEvent.click(await screen.findByRole('button', { name: 'Read plan sheet' }));
    expect(await screen.findByText('No register can be made from this source')).toBeTruthy();
    expect(screen.getByText(/'Notes' has no table/)).toBeTruthy();
  });

  it('inspects, lets the user fix a mapping, previews, converts and imports actuals', async () => {
    const service = await realService({ register: false });
    const { harness } = renderPane(<ConvertPane />, service);
    fireEvent.click(await screen.findByRole('button', { name: 'Read plan sheet' }));
    const mapping = await screen.findByRole('group', { name: 'Proposed mapping' });
    expect(within(mapping).getByText("95% sure: header 'Channel' is a synonym of Program")).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Excluded rows' }).textContent).toContain(
      "Row 9: 'Total marketing' is a total row",
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
      target: { value: ACTUALS_SHEET },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Read actuals sheet' }));
    expect(await screen.findByRole('list', { name: 'Unmatched rows' })).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Ambiguous rows' }).textContent).toContain('CAMP-01 and CAMP-04');
    expect(service.calls.at(-1)).toEqual({
      method: 'importActuals',
      args: [{ kind: 'sheet', sheet: ACTUALS_SHEET }],
    });
  });

  it('says before converting which currency the new register will report in', async () => {
    renderPane(
      <ConvertPane />,
      await realService({ workbook: new MemoryWorkbook({ Plan: plan('Budget (USD)') }) }),
    );
    await readPlanSheet();
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

  it('asks for the currency and the year the sheet does not name, and converts with the answers', async () => {
    // One budget column with no year and no currency: the importer asks for both.
    const budget: Grid = [
      ['Campaign', 'Owner', 'Budget'],
      ['Spring webinar series', 'Maria Keller', 24_000],
      ['Partner co-marketing DACH', 'Lukas Hofmann', 18_000],
    ];
    const service = await realService({ workbook: new MemoryWorkbook({ Plan: budget }) });
    renderPane(<ConvertPane />, service);
    fireEvent.change(await screen.findByLabelText('Sheet with the plan'), { target: { value: 'Plan' } });
    fireEvent.click(screen.getByRole('button', { name: 'Read plan sheet' }));
    const asked = await screen.findByRole('group', { name: 'Questions before converting' });
    expect(within(asked).getByText(/does not say which currency/)).toBeTruthy();
    const currency = within(asked).getByLabelText('Currency of the plan');
    fireEvent.change(currency, { target: { value: 'br' } });
    expect(within(asked).getByText('Type the ISO code, e.g. EUR, USD, BRL.')).toBeTruthy();
    fireEvent.change(currency, { target: { value: 'brl' } });
    const year = within(asked).getByLabelText<HTMLInputElement>('Year of the plan');
    expect(year.value).toMatch(/^20\d\d$/); // the year assumed until the user answers
    const answer = String(Number(year.value) - 1);
    fireEvent.change(year, { target: { value: answer } });
    await screen.findByRole('table', { name: 'Preview of the first rows' });
    fireEvent.click(screen.getByRole('button', { name: 'Convert to register' }));
    await screen.findByText(/2 added, 0 updated/);
    const sent = service.calls.filter((c) => c.method === 'convert').at(-1)!.args[1] as MappingDto;
    expect([sent.currency, sent.planYear]).toEqual(['BRL', Number(answer)]);
  });

  it('shows the core’s warning before converting into a register that keeps another currency', async () => {
    const warning =
      "Sheet 'Plan' has its amounts in GBP (cell A1, 'Budget (GBP)'), but the register reports in EUR and PlanGate does not convert currencies: convert the plan's amounts to EUR first, or change the register's currency to GBP in PG Settings if the whole register is in GBP.";
    const workbook = await uiWorkbook({ userSheets: { Plan: plan('Budget (GBP)') } });
    renderPane(<ConvertPane />, await realService({ workbook }));
    await readPlanSheet();
    const shown = screen.getByText(warning);
    expect(shown.closest('[aria-label="Warnings"]')).toBeTruthy();
    expect(screen.queryByText(/will report in/)).toBeNull();
  });

  it('says the register keeps reporting in the plan’s currency when both match', async () => {
    const workbook = await uiWorkbook({ userSheets: { Plan: plan('Plan 2027 (k€)') } });
    renderPane(<ConvertPane />, await realService({ workbook }));
    await readPlanSheet();
    expect(
      screen.getByText("The register will report in EUR, as the plan's 'Plan 2027 (k€)' says."),
    ).toBeTruthy();
    expect(screen.queryByText(/does not convert currencies/)).toBeNull();
  });

  it('shows the conversion’s warnings once: those the inspection showed are not repeated', async () => {
    const kept =
      "Sheet 'Plan' has its amounts in GBP (cell A1, 'Budget (GBP)'), but the register reports in USD and PlanGate does not convert currencies: convert the plan's amounts to USD first, or change the register's currency to GBP in PG Settings if the whole register is in GBP.";
    const later = 'PG Register was edited by hand since the inspection: check rows 4 and 9.';
    const workbook = await uiWorkbook({ userSheets: { Plan: plan('Budget (GBP)') } });
    const real = await realService({ workbook });
    await real.saveSettings({ currency: 'USD' });
    // The core's own conversion, plus a warning that only a conversion finds (someone edited meanwhile).
    const service = await realService({
      workbook,
      overrides: {
        convert: async (source, mapping) => {
          const report = await real.convert(source, mapping);
          return { ...report, warnings: [...(report.warnings ?? []), later] };
        },
      },
    });
    renderPane(<ConvertPane />, service);
    await readPlanSheet();
    fireEvent.click(screen.getByRole('button', { name: 'Convert to register' }));
    const after = await screen.findByRole('list', { name: 'Check after converting' });
    expect(after.textContent).toBe(later);
    expect(screen.getAllByText(kept)).toHaveLength(1);
    expect(screen.getByText('The register reports in USD.')).toBeTruthy();
    expect(screen.queryByText(/The new register reports in/)).toBeNull();
  });
});
