// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { InitiativePane } from '../../ui/initiative/InitiativePane.js';
import { fakeService, pending } from './fake-service.js';
import { renderPane } from './render-pane.js';

afterEach(cleanup);

describe('Initiative pane', () => {
  it('asks the user to pick an initiative when none is selected', () => {
    const { harness } = renderPane(<InitiativePane />, fakeService());
    fireEvent.click(screen.getByRole('button', { name: 'Open the register' }));
    expect(harness.went).toEqual(['register']);
  });

  it('shows loading, then the error of a failed load', async () => {
    renderPane(<InitiativePane />, fakeService({ initiative: () => pending() }), 'CAMP-01');
    expect(screen.getByText('Loading CAMP-01…')).toBeTruthy();
    cleanup();
    renderPane(
      <InitiativePane />,
      fakeService({ initiative: () => Promise.reject(new Error('No initiative CAMP-99 in PG Register.')) }),
      'CAMP-99',
    );
    expect(await screen.findByText('No initiative CAMP-99 in PG Register.')).toBeTruthy();
  });

  it('shows lights in words, metrics, series with blanks, the gate and history', async () => {
    const service = fakeService();
    await service.declareIdentity('Lukas Hofmann'); // the owner: the go decision is not theirs
    renderPane(<InitiativePane />, service, 'CAMP-02');
    expect(await screen.findByText('CAMP-02 Partner co-marketing DACH')).toBeTruthy();
    expect(screen.getByLabelText('Implementation: Green')).toBeTruthy();
    expect(screen.getByLabelText('Value: Red')).toBeTruthy();
    const metrics = screen.getByLabelText('Metrics');
    expect(within(metrics).getByText('Realization').nextSibling?.textContent).toBe('80%');
    const series = screen.getByRole('table', { name: 'Plan, forecast and actual per period' });
    const april = within(series).getByText('2027-04').closest('tr')!;
    expect([...april.querySelectorAll('td')].map((td) => td.textContent)).toEqual([
      '2027-04',
      '€20,000',
      '€18,000',
      '',
    ]);
    const criteria = screen.getByRole('list', { name: 'Criteria for 3 Decided' });
    expect(criteria.textContent).toContain('✗ Not met');
    expect(criteria.textContent).toContain('not the owner');
    expect(screen.getByRole('list', { name: 'Audit history' }).textContent).toContain(
      'Maria Keller (declared)',
    );
    expect(screen.getByRole('list', { name: 'Flags' }).textContent).toContain('Suggested discussion: pivot');
  });

  it('refuses a move back without a reason and shows a refused move up with its reason', async () => {
    const service = fakeService();
    renderPane(<InitiativePane />, service, 'CAMP-01');
    fireEvent.click(await screen.findByRole('button', { name: 'Move back' }));
    expect(screen.getByText('Type a reason first: it is written to the audit log.')).toBeTruthy();
    expect(service.calls.filter((c) => c.method === 'move')).toHaveLength(0);

    cleanup();
    const owner = fakeService();
    await owner.declareIdentity('Lukas Hofmann');
    renderPane(<InitiativePane />, owner, 'CAMP-02');
    fireEvent.click(await screen.findByRole('button', { name: 'Move up to 3 Decided' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Owners cannot take the go decision.');
  });

  it('moves up when allowed and shows what was written', async () => {
    const service = fakeService();
    await service.declareIdentity('Jonas Weber');
    const { harness } = renderPane(<InitiativePane />, service, 'CAMP-02');
    fireEvent.click(await screen.findByRole('button', { name: 'Move up to 3 Decided' }));
    const done = await screen.findByRole('status');
    expect(done.textContent).toContain('Moved CAMP-02 to 3 Decided.');
    expect(within(done).getByRole('list', { name: 'Wrote' }).textContent).toContain(
      'Wrote PG Audit (+1 event)',
    );
    expect(harness.changes).toBe(1);
  });
});

describe('Initiative pane re-baseline', () => {
  it('offers an approved re-baseline once the plan is frozen, with a reason', async () => {
    const service = fakeService();
    renderPane(<InitiativePane />, service, 'CAMP-04'); // DoI 3: the plan is frozen
    fireEvent.change(await screen.findByLabelText(/^Reason/), {
      target: { value: 'Budget moved to Q3 by the board' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Approve re-baseline' }));
    await screen.findByRole('status');
    expect(service.calls.at(-1)).toEqual({
      method: 'move',
      args: [{ id: 'CAMP-04', kind: 'rebaseline', reason: 'Budget moved to Q3 by the board' }],
    });
  });
});
