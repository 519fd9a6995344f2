// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import type { SettingsDto } from '../../core/contract/governance-service.js';
import { SettingsPane } from '../../ui/settings/SettingsPane.js';
import { fakeService, pending } from './fake-service.js';
import { renderPane } from './render-pane.js';

afterEach(cleanup);

describe('Settings pane', () => {
  it('shows loading and error states', async () => {
    renderPane(<SettingsPane />, fakeService({ settings: () => pending() }));
    expect(screen.getByText('Loading settings…')).toBeTruthy();
    cleanup();
    renderPane(
      <SettingsPane />,
      fakeService({ settings: () => Promise.reject(new Error('PG Settings!B3: "maybe" is not a date')) }),
    );
    expect(await screen.findByText('PG Settings!B3: "maybe" is not a date')).toBeTruthy();
  });

  it('saves only what changed and says what it wrote', async () => {
    const service = fakeService();
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
    const service = fakeService();
    renderPane(<SettingsPane />, service);
    fireEvent.change(await screen.findByLabelText('Currency'), { target: { value: 'euro' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Currency: a three-letter ISO code');
    expect(service.calls.some((c) => c.method === 'saveSettings')).toBe(false);
  });

  it('takes who is acting from the App’s overview instead of reading the workbook again', async () => {
    const base = fakeService();
    let answer: (value: Awaited<ReturnType<typeof base.overview>>) => void = () => {};
    let reads = 0;
    const service = fakeService({
      overview: () => {
        reads++;
        return new Promise((resolve) => (answer = resolve));
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
    const service = fakeService();
    renderPane(<SettingsPane />, service);
    const name = await screen.findByLabelText<HTMLInputElement>('Your name (declared identity)');
    expect(name.value).toBe('Maria Keller');
    fireEvent.change(name, { target: { value: 'Sofia Brandt' } });
    fireEvent.click(screen.getByRole('button', { name: 'Use this name' }));
    expect((await screen.findByRole('status')).textContent).toContain('You act as Sofia Brandt (declared).');
  });

  it('edits the criteria and movers of a level and the granularity, and sends the whole ladder', async () => {
    const service = fakeService();
    renderPane(<SettingsPane />, service);
    const criteria = await screen.findByRole('group', { name: 'Criteria to enter 2 Detailed' });
    fireEvent.click(within(criteria).getByLabelText('Plan phasing (total > 0)'));
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
      criteria: ['plan', 'dates'],
      movers: ['sponsor', 'pmo'],
    });
    expect(patch.ladder?.find((l) => l.level === 1)?.movers).toEqual(['owner', 'pmo']);
  });

  it('shows the problems the service refuses a save with', async () => {
    const service = fakeService({
      saveSettings: () =>
        Promise.reject(
          new Error(
            'Ladder: Only a controller may sign off (Level 5); remove owner from its movers in PG Settings.',
          ),
        ),
    });
    renderPane(<SettingsPane />, service);
    const movers = await screen.findByRole('group', { name: 'Who may move into 5 Closed' });
    fireEvent.click(within(movers).getByLabelText('Controller'));
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Only a controller may sign off');
  });

  it('lists what PG Settings holds that PlanGate cannot use, with the cell', async () => {
    const base = fakeService();
    const service = fakeService({
      overview: async () => ({
        ...(await base.overview()),
        problems: [
          { sheet: 'PG Settings', cell: 'B20', message: 'Only a controller may sign off (Level 5).' },
          { sheet: 'PG Plan', cell: 'C4', message: 'not a number' },
        ],
      }),
    });
    renderPane(<SettingsPane />, service);
    const list = await screen.findByRole('list', { name: 'Problems in PG Settings' });
    expect(list.textContent).toContain('PG Settings B20: Only a controller may sign off (Level 5).');
    expect(list.textContent).not.toContain('PG Plan');
  });
});
