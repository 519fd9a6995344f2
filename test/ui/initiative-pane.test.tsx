// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { InitiativePane } from '../../ui/initiative/InitiativePane.js';
import { encodeRegister } from '../../core/codec/encode-register.js';
import { MemoryWorkbook } from '../../core/port/memory-workbook.js';
import { createGovernanceService } from '../../core/service/create-governance-service.js';
import { declaredIdentity } from '../../core/port/declared-identity.js';
import type { InitiativeDetailDto } from '../../core/contract/governance-service.js';
import { fakeService, pending, type FakeService } from './fake-service.js';
import { renderPane } from './render-pane.js';
import { journeyRegister } from '../support/index.js';

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

  it('lists each key on its own, so a key holding a comma reads as one key', async () => {
    const base = fakeService();
    const service = fakeService({
      initiative: async (id) => {
        const detail = await base.initiative(id);
        return { ...detail, fields: { ...detail.fields, keys: ['Müller, Hans GmbH', 'CAMP-7'] } };
      },
    });
    renderPane(<InitiativePane />, service, 'CAMP-02');
    const keys = await screen.findByRole('list', { name: 'Keys in exports' });
    expect(
      within(keys)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Müller, Hans GmbH', 'CAMP-7']);
  });

  it('asks for a reason before a move back, and sends nothing', async () => {
    const service = fakeService();
    renderPane(<InitiativePane />, service, 'CAMP-01');
    fireEvent.click(await screen.findByRole('button', { name: 'Move back' }));
    expect(screen.getByText('Type a reason first: it is written to the audit log.')).toBeTruthy();
    expect(service.calls.filter((c) => c.method === 'move')).toHaveLength(0);
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

/** The text tied to a control by aria-describedby, as a screen reader reads it after the name. */
function description(control: HTMLElement): string | null {
  const ids = control.getAttribute('aria-describedby');
  if (!ids) return null;
  return ids
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

/** Unavailable to this person, yet still reachable by Tab so the reason can be heard. */
function expectUnavailable(button: HTMLElement, reason: string) {
  expect(button.getAttribute('aria-disabled')).toBe('true');
  expect(button.hasAttribute('disabled')).toBe(false);
  expect(description(button)).toBe(reason);
  expect(screen.getByText(reason)).toBeTruthy();
}

const withMoves = (service: FakeService, moves: Partial<InitiativeDetailDto['moves']>) =>
  fakeService({
    initiative: async (id) => {
      const detail = await service.initiative(id);
      const allowed = { allowed: true, refusal: null };
      return {
        ...detail,
        moves: {
          up: detail.nextGate
            ? { allowed: detail.nextGate.allowed, refusal: detail.nextGate.refusal }
            : allowed,
          back: allowed,
          hold: allowed,
          resume: allowed,
          cancel: allowed,
          rebaseline: allowed,
          ...moves,
        },
      };
    },
    move: (request) => service.move(request),
  });

describe('Initiative pane: moves the acting person may not make', () => {
  it('enables Move up when the gate allows it, with no reason attached', async () => {
    const service = fakeService();
    await service.declareIdentity('Jonas Weber'); // the sponsor takes the go decision
    renderPane(<InitiativePane />, service, 'CAMP-02');
    const up = await screen.findByRole('button', { name: 'Move up to 3 Decided' });
    expect(up.getAttribute('aria-disabled')).toBeNull();
    expect(up.hasAttribute('disabled')).toBe(false);
    expect(description(up)).toBeNull();
  });

  it('disables Move up with the unmet criterion as the reason, and a click sends nothing', async () => {
    const service = fakeService();
    renderPane(<InitiativePane />, service, 'CAMP-01'); // DoI 4: the due date is missing for 5 Closed
    const up = await screen.findByRole('button', { name: 'Move up to 5 Closed' });
    expectUnavailable(up, 'Due date is missing.');
    fireEvent.click(up);
    expect(service.calls.filter((c) => c.method === 'move')).toHaveLength(0);
    expect(screen.getByRole('list', { name: 'Criteria for 5 Closed' }).textContent).toContain(
      '✗ Not met: Due date is missing: enter it in PG Register, column R.',
    );
  });

  it('disables Move up with the role refusal when the owner would take the go decision', async () => {
    const service = fakeService();
    await service.declareIdentity('Lukas Hofmann');
    renderPane(<InitiativePane />, service, 'CAMP-02');
    const up = await screen.findByRole('button', { name: 'Move up to 3 Decided' });
    expectUnavailable(up, 'Owners cannot take the go decision.');
    up.focus();
    expect(document.activeElement).toBe(up);
    fireEvent.click(up);
    expect(service.calls.filter((c) => c.method === 'move')).toHaveLength(0);
  });

  it('disables hold and cancel with the service’s reason; back stays available', async () => {
    const owner = fakeService();
    await owner.declareIdentity('Lukas Hofmann');
    const hold = 'Only the sponsor (Jonas Weber) or the PMO may have CAMP-02 put on hold.';
    const cancel = 'Only the sponsor (Jonas Weber) or the PMO may have CAMP-02 cancelled.';
    const service = withMoves(owner, {
      hold: { allowed: false, refusal: hold },
      cancel: { allowed: false, refusal: cancel },
    });
    renderPane(<InitiativePane />, service, 'CAMP-02');
    expectUnavailable(await screen.findByRole('button', { name: 'Hold' }), hold);
    expectUnavailable(screen.getByRole('button', { name: 'Cancel initiative' }), cancel);
    const back = screen.getByRole('button', { name: 'Move back' });
    expect(back.getAttribute('aria-disabled')).toBeNull();
    fireEvent.change(screen.getByLabelText(/^Reason/), { target: { value: 'Scope unclear' } });
    fireEvent.click(back);
    await screen.findByRole('status');
    expect(owner.calls.at(-1)).toEqual({
      method: 'move',
      args: [{ id: 'CAMP-02', kind: 'back', reason: 'Scope unclear' }],
    });
  });

  it('offers the controller Re-open on a closed initiative, and no other move', async () => {
    const base = fakeService();
    const closedDetail = async (id: string) => {
      const detail = await base.initiative(id);
      return {
        ...detail,
        row: { ...detail.row, doi: 5, doiName: 'Closed', state: 'closed' as const },
        nextGate: null,
      };
    };
    const closed = 'CAMP-01 is closed: a closed initiative does not move.';
    const service = withMoves(fakeService({ initiative: closedDetail }), {
      up: { allowed: false, refusal: closed },
      hold: { allowed: false, refusal: 'CAMP-01 is closed: it cannot be put on hold.' },
      cancel: { allowed: false, refusal: 'CAMP-01 is closed: it cannot be cancelled.' },
      rebaseline: { allowed: false, refusal: 'CAMP-01 is closed: its baseline can no longer change.' },
    });
    renderPane(<InitiativePane />, service, 'CAMP-01');
    expectUnavailable(await screen.findByRole('button', { name: 'Move up' }), closed);
    expect(
      screen.getByRole('button', { name: 'Re-open (move back)' }).getAttribute('aria-disabled'),
    ).toBeNull();
    expectUnavailable(
      screen.getByRole('button', { name: 'Hold' }),
      'CAMP-01 is closed: it cannot be put on hold.',
    );
  });
});

describe('Initiative pane over the real service', () => {
  it('shows the refusal the move itself would give, before any click', async () => {
    const workbook = new MemoryWorkbook({});
    await workbook.write({ sheets: encodeRegister(journeyRegister(), null) });
    const service = createGovernanceService({
      port: workbook,
      clock: () => new Date('2027-07-01T09:00:00.000Z'),
      identity: declaredIdentity('Xavier Nobody'),
    });
    renderPane(<InitiativePane />, service, 'CAMP-02');
    const up = await screen.findByRole('button', { name: 'Move up to 3 Decided' });
    const refused = await service.move({ id: 'CAMP-02', kind: 'up', reason: '' });
    expect(refused.ok).toBe(false);
    expectUnavailable(up, refused.message);
    expect(refused.message).toContain('Go decision needed');
  });
});
