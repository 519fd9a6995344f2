// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { PortfolioPane } from '../../ui/portfolio/PortfolioPane.js';
import { waterfallBars } from '../../ui/portfolio/waterfallBars.js';
import { encodeRegister, MemoryWorkbook } from '../../core/index.js';
import { registerBuilder, standardSettings } from '../support/index.js';
import { pending, realService, type RecordedService } from './real-service.js';
import { renderPane } from './render-pane.js';
import { ACTUALS_SHEET, uiWorkbook } from './ui-workbook.js';

afterEach(cleanup);

describe('Portfolio pane', () => {
  it('shows loading and error states', async () => {
    renderPane(<PortfolioPane />, await realService({ overrides: { portfolio: () => pending() } }));
    expect(screen.getByText('Computing the portfolio…')).toBeTruthy();
    cleanup();
    renderPane(
      <PortfolioPane />,
      await realService({
        overrides: { portfolio: () => Promise.reject(new Error('PG Plan!C7: "x" is not a number')) },
      }),
    );
    expect(await screen.findByText('PG Plan!C7: "x" is not a number')).toBeTruthy();
  });

  it('says so when there is no target and nothing to decide', async () => {
    // One idea, no plan yet, in a register without a portfolio target.
    const workbook = new MemoryWorkbook({});
    const register = registerBuilder(standardSettings({ target: null }))
      .initiative('CAMP-03', { name: 'Trade fair Hannover' })
      .build();
    await workbook.write({ sheets: encodeRegister(register, null) });
    renderPane(<PortfolioPane />, await realService({ workbook }));
    const figures = await screen.findByLabelText('Portfolio figures');
    expect(within(figures).getByText('Target').nextSibling?.textContent).toBe('not set');
    expect(screen.getByText('No decision required.')).toBeTruthy();
  });

  it('shows the figures, the DoI waterfall, decisions and a grouping', async () => {
    const service = await realService();
    const { harness } = renderPane(<PortfolioPane />, service);
    const figures = await screen.findByLabelText('Portfolio figures');
    expect(within(figures).getByText('Weighted pipeline').nextSibling?.textContent).toBe('€168,400');
    expect(within(figures).getByText('Gap to target').nextSibling?.textContent).toBe('€331,600');
    expect(within(figures).getByText('Coverage').nextSibling?.textContent).toBe('48%');
    const doi = screen.getByRole('table', { name: 'DoI waterfall' });
    expect(within(doi).getAllByRole('row')).toHaveLength(7);
    const decisions = screen.getByRole('list', { name: 'Decision queue' });
    expect(decisions.textContent).toContain('Discuss: pivot');
    fireEvent.click(within(decisions).getByRole('button', { name: 'CAMP-02 Partner co-marketing DACH' }));
    expect(harness.opened).toEqual(['CAMP-02']);

    fireEvent.change(screen.getByLabelText('Group by'), { target: { value: 'program' } });
    const groups = await screen.findByRole('table', { name: 'By Program' });
    expect(within(groups).getByText('Partners')).toBeTruthy();
    expect(service.calls.filter((c) => c.method === 'portfolio').map((c) => c.args[0])).toEqual([
      null,
      'program',
    ]);
  });

  it('stacks the waterfall bars so the total equals the sum of levels', () => {
    const bars = waterfallBars(BY_DOI);
    expect(bars.at(-1)).toEqual({ label: 'Total', from: 0, to: 480000, total: true });
    expect(bars[2]).toEqual({ label: '2 Detailed', from: 120000, to: 240000, total: false });
  });

  it('shows the bridge between the two latest snapshots and lets the user pick others', async () => {
    const service = await withSnapshots();
    renderPane(<PortfolioPane />, service);
    const bridge = await screen.findByRole('table', { name: 'Bridge from 2027-02 to 2027-03' });
    const rows = within(bridge)
      .getAllByRole('row')
      .map((r) => r.textContent);
    expect(rows).toEqual([
      'StepAmount',
      'Start (2027-02)€324,000',
      'New initiatives+€0',
      'Cancelled-€112,000',
      'Re-baselined+€0',
      'Estimate changes-€46,100',
      'End (2027-03)€165,900',
    ]);
    fireEvent.change(screen.getByLabelText('From snapshot'), { target: { value: '2027-01' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '' } });
    expect(await screen.findByRole('table', { name: 'Bridge from 2027-01 to now' })).toBeTruthy();
    expect(service.calls.filter((c) => c.method === 'bridge').map((c) => c.args)).toContainEqual([
      '2027-01',
      null,
    ]);
  });

  it('shows cents when a step has them, so the amounts shown still add up', async () => {
    // Steps with cents, as a plan kept in cents gives them.
    const real = await withSnapshots();
    const service = await realService({
      workbook: real.workbook,
      overrides: {
        bridge: (from, to) =>
          Promise.resolve({
            from,
            to: to ?? 'now',
            start: 1000.4,
            newInitiatives: 0,
            cancelled: -0.25,
            rebaselined: 0,
            estimateChanges: 100.35,
            end: 1100.5,
          }),
      },
    });
    renderPane(<PortfolioPane />, service);
    // The bridge loads after the portfolio.
    const bridge = await screen.findByRole('table', { name: 'Bridge from 2027-02 to 2027-03' });
    const amounts = within(bridge)
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.querySelectorAll('td')[1].textContent);
    // In whole euros this would read 1,000 + 0 − 0 + 0 + 100 = 1,101: it would not foot.
    expect(amounts).toEqual(['€1,000.40', '+€0.00', '-€0.25', '+€0.00', '+€100.35', '€1,100.50']);
  });

  it('explains the bridge needs a stored snapshot when there is none', async () => {
    const service = await realService();
    renderPane(<PortfolioPane />, service);
    expect(await screen.findByText(/No snapshot stored yet/)).toBeTruthy();
    expect(screen.queryByRole('table', { name: /^Bridge/ })).toBeNull();
    expect(service.calls.some((c) => c.method === 'bridge')).toBe(false);
  });
});

/** The DoI waterfall of a portfolio with one initiative of plan 120,000 on each of levels 1 to 4. */
const BY_DOI = ['Defined', 'Identified', 'Detailed', 'Decided', 'Implemented', 'Closed'].map(
  (name, level) => ({
    level,
    name,
    count: level >= 1 && level <= 4 ? 1 : 0,
    planTotal: level >= 1 && level <= 4 ? 120_000 : 0,
  }),
);

/**
 * The UI workbook with three monthly snapshots: January's and February's of the plan as it was,
 * then Retargeting ads cancelled and the March CRM export booked before March's.
 */
async function withSnapshots(): Promise<RecordedService & { workbook: MemoryWorkbook }> {
  const workbook = await uiWorkbook();
  const service = await realService({ workbook });
  await service.snapshot('2027-01');
  await service.snapshot('2027-02');
  await service.move({ id: 'CAMP-04', kind: 'cancel', reason: 'Budget moved to partner events' });
  await service.importActuals({ kind: 'sheet', sheet: ACTUALS_SHEET });
  await service.snapshot('2027-03');
  service.calls.length = 0;
  return Object.assign(service, { workbook });
}
