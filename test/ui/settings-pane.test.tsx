// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { SettingsPane } from '../../ui/settings/SettingsPane.js';
import { SHEETS, type Grid, type SettingsDto } from '../../core/index.js';
import { pending, realService } from './real-service.js';
import { uiWorkbook } from './ui-workbook.js';
import { renderPane } from './render-pane.js';

afterEach(cleanup);

describe('Settings pane', () => {
  it('shows loading and error states', async () => {
    renderPane(<SettingsPane />, await realService({ overrides: { settings: () => pending() } }));
    expect(screen.getByText('Loading settings…')).toBeTruthy();
    cleanup();
    renderPane(
      <SettingsPane />,
      await realService({
        overrides: { settings: () => Promise.reject(new Error('PG Settings!B3: "maybe" is not a date')) },
      }),
    );
    expect(await screen.findByText('PG Settings!B3: "maybe" is not a date')).toBeTruthy();
  });

  it('saves only what changed and says what it wrote', async () => {
    const service = await realService();
    renderPane(<SettingsPane />, service);
    fireEvent.change(await screen.findByLabelText('Portfolio target'), { target: { value: '650000' } });
    fireEvent.change(screen.getByLabelText('Red below (% of plan)'), { target: { value: '85' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    const done = await screen.findByRole('status');
    expect(done.textContent).toContain('Wrote PG Settings (2 setting(s))');
    expect(service.calls.at(-1)).toEqual({
      method: 'saveSettings',
      args: [{ target: 650000, redBelow: 0.85 }],
    });
  });

  it('refuses bad input with what to fix, and sends nothing', async () => {
    const service = await realService();
    renderPane(<SettingsPane />, service);
    fireEvent.change(await screen.findByLabelText('Currency'), { target: { value: 'euro' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Currency: a three-letter ISO code');
    expect(service.calls.some((c) => c.method === 'saveSettings')).toBe(false);
  });

  it('takes who is acting from the App’s overview instead of reading the workbook again', async () => {
    const base = await realService();
    let answer: (value: Awaited<ReturnType<typeof base.overview>>) => void = () => {};
    let reads = 0;
    const service = await realService({
      overrides: {
        overview: () => {
          reads++;
          return new Promise((resolve) => (answer = resolve));
        },
      },
    });
    renderPane(<SettingsPane />, service);
    // The settings can be edited while the overview is still on its way.
    expect(await screen.findByLabelText('Portfolio target')).toBeTruthy();
    expect(screen.getByText('Loading who is acting…')).toBeTruthy();
    answer({ ...(await base.overview()), identity: { name: 'Lena Vogt', kind: 'declared' } });
    const name = await screen.findByLabelText<HTMLInputElement>('Your name (declared identity)');
    expect(name.value).toBe('Lena Vogt');
    // One read for the App's overview (the harness plays the App), none by the pane.
    expect(reads).toBe(1);
  });

  it('declares the name recorded in the audit log', async () => {
    const service = await realService();
    renderPane(<SettingsPane />, service);
    const name = await screen.findByLabelText<HTMLInputElement>('Your name (declared identity)');
    expect(name.value).toBe('Maria Keller');
    fireEvent.change(name, { target: { value: 'Sofia Brandt' } });
    fireEvent.click(screen.getByRole('button', { name: 'Use this name' }));
    expect((await screen.findByRole('status')).textContent).toContain('You act as Sofia Brandt (declared).');
  });

  it('edits the criteria and movers of a level and the granularity, and sends the whole ladder', async () => {
    // Before the first conversion: once a register has months, quarters need a new conversion.
    const service = await realService({ register: false });
    renderPane(<SettingsPane />, service);
    const criteria = await screen.findByRole('group', { name: 'Criteria to enter 2 Detailed' });
    fireEvent.click(within(criteria).getByLabelText('Start and due dates'));
    const movers = screen.getByRole('group', { name: 'Who may move into 2 Detailed' });
    fireEvent.click(within(movers).getByLabelText('Owner'));
    fireEvent.click(within(movers).getByLabelText('Sponsor'));
    fireEvent.change(screen.getByLabelText('Periods'), { target: { value: 'quarter' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByRole('status');
    const patch = service.calls.at(-1)!.args[0] as Partial<SettingsDto>;
    expect(patch.granularity).toBe('quarter');
    expect(patch.ladder?.find((l) => l.level === 2)).toMatchObject({
      criteria: ['plan'],
      movers: ['sponsor', 'pmo'],
    });
    expect(patch.ladder?.find((l) => l.level === 1)?.movers).toEqual(['owner', 'pmo']);
  });

  it('shows the problems the service refuses a save with', async () => {
    const service = await realService();
    renderPane(<SettingsPane />, service);
    const movers = await screen.findByRole('group', { name: 'Who may move into 5 Closed' });
    fireEvent.click(within(movers).getByLabelText('Owner'));
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Only a controller may sign off');
  });

  it('lists what PG Settings holds that PlanGate cannot use, with the cell', async () => {
    // By hand, someone lets owners sign off in PG Settings and types a word into PG Plan.
    const workbook = await uiWorkbook();
    const read = await workbook.read([SHEETS.settings, SHEETS.plan]);
    const settings = edited(
      read.grids[SHEETS.settings],
      19,
      1,
      'Closed | weight 1 | criteria signOff | movers owner, controller',
    );
    const plan = edited(read.grids[SHEETS.plan], 3, 2, 'abc');
    await workbook.write({
      sheets: [
        { sheet: SHEETS.settings, mode: 'replace', rows: settings },
        { sheet: SHEETS.plan, mode: 'replace', rows: plan },
      ],
    });
    renderPane(<SettingsPane />, await realService({ workbook }));
    const list = await screen.findByRole('list', { name: 'Problems in PG Settings' });
    expect(list.textContent).toContain('PG Settings B20: Only a controller may sign off (Level 5)');
    expect(list.textContent).not.toContain('PG Plan');
  });
});

/** A copy of `grid` with the cell at (row, col), counted from 0, set to `value`. */
function edited(grid: Grid, row: number, col: number, value: string): Grid {
  const rows = grid.map((r) => [...r]);
  rows[row][col] = value;
  return rows;
}
