// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { InitiativePane } from '../../ui/initiative/InitiativePane.js';
import {
  createGovernanceService,
  declaredIdentity,
  encodeRegister,
  MemoryWorkbook,
  SHEETS,
  type Grid,
} from '../../core/index.js';
import { pending, realService } from './real-service.js';
import { renderPane } from './render-pane.js';
import { journeyRegister, registerBuilder } from '../support/index.js';
import { PEOPLE, uiWorkbook } from './ui-workbook.js';

afterEach(cleanup);

describe('Initiative pane', () => {
  it('asks the user to pick an initiative when none is selected', async () => {
    const { harness } = renderPane(<InitiativePane />, await realService());
    fireEvent.click(screen.getByRole('button', { name: 'Open the register' }));
    expect(harness.went).toEqual(['register']);
  });

  it('shows loading, then the error of a failed load', async () => {
    renderPane(
      <InitiativePane />,
      await realService({ overrides: { initiative: () => pending() } }),
      'CAMP-01',
    );
    expect(screen.getByText('Loading CAMP-01…')).toBeTruthy();
    cleanup();
    renderPane(<InitiativePane />, await realService(), 'CAMP-99');
    expect(await screen.findByText(/There is no initiative "CAMP-99" in PG Register/)).toBeTruthy();
  });

  it('shows lights in words, metrics, series with blanks, the gate and history', async () => {
    const service = await realService({ actingAs: PEOPLE.partnerOwner }); // the owner: the go decision is not theirs
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
    expect(criteria.textContent).toContain('cannot come from the owner');
    expect(screen.getByRole('list', { name: 'Audit history' }).textContent).toContain(
      'Maria Keller (declared)',
    );
    // Each suggestion is said once, in the decision prompt's own words (the core writes
    // "Discuss: pivot — …"), never appended again from its code.
    expect(screen.getByRole('list', { name: 'Flags' }).textContent).not.toContain('Suggested discussion');
  });

  it('lists each key on its own, so a key holding a comma reads as one key', async () => {
    const workbook = new MemoryWorkbook({});
    const register = registerBuilder()
      .initiative('CAMP-02', { name: 'Partner co-marketing DACH', keys: ['Müller, Hans GmbH', 'CAMP-7'] })
      .build();
    await workbook.write({ sheets: encodeRegister(register, null) });
    renderPane(<InitiativePane />, await realService({ workbook }), 'CAMP-02');
    const keys = await screen.findByRole('list', { name: 'Keys in exports' });
    expect(
      within(keys)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Müller, Hans GmbH', 'CAMP-7']);
  });

  it('asks for a reason before a move back, and sends nothing', async () => {
    const service = await realService();
    renderPane(<InitiativePane />, service, 'CAMP-01');
    fireEvent.click(await screen.findByRole('button', { name: 'Move back' }));
    expect(screen.getByText('Type a reason first: it is written to the audit log.')).toBeTruthy();
    expect(service.calls.filter((c) => c.method === 'move')).toHaveLength(0);
  });

  it('moves up when allowed and shows what was written', async () => {
    const service = await realService({ actingAs: PEOPLE.sponsor });
    const { harness } = renderPane(<InitiativePane />, service, 'CAMP-02');
    fireEvent.click(await screen.findByRole('button', { name: 'Move up to 3 Decided' }));
    const done = await screen.findByRole('status');
    expect(done.textContent).toContain('Moved CAMP-02 to 3 Decided.');
    expect(within(done).getByRole('list', { name: 'Wrote' }).textContent).toContain(
      'Wrote PG Audit (+1 row)',
    );
    expect(harness.changes).toBe(1);
  });
});

describe('Initiative pane re-baseline', () => {
  it('offers an approved re-baseline once the plan is frozen, with a reason', async () => {
    // CAMP-04 is at DoI 3: its plan is frozen. Its owner moved the spring budget to June by hand.
    const workbook = await uiWorkbook();
    const read = await workbook.read([SHEETS.plan]);
    const plan = read.grids[SHEETS.plan].map((r) => [...r]);
    const row = plan.findIndex((r) => r[0] === 'CAMP-04');
    const [april, june] = [plan[0].indexOf('2027-04'), plan[0].indexOf('2027-06')];
    plan[row][april] = 0;
    plan[row][june] = 40_000;
    await workbook.write({ sheets: [{ sheet: SHEETS.plan, mode: 'replace', rows: plan }] });
    const service = await realService({ workbook, actingAs: PEOPLE.sponsor });
    renderPane(<InitiativePane />, service, 'CAMP-04');
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

/** The UI workbook with one cell of `id`'s PG Register row changed by hand. */
async function withRegisterCell(id: string, header: string, value: string | null): Promise<MemoryWorkbook> {
  const workbook = await uiWorkbook();
  const read = await workbook.read([SHEETS.register]);
  const grid: Grid = read.grids[SHEETS.register].map((r) => [...r]);
  grid[grid.findIndex((r) => r[0] === id)][grid[0].indexOf(header)] = value;
  await workbook.write({ sheets: [{ sheet: SHEETS.register, mode: 'replace', rows: grid }] });
  return workbook;
}

describe('Initiative pane: moves the acting person may not make', () => {
  it('enables Move up when the gate allows it, with no reason attached', async () => {
    const service = await realService({ actingAs: PEOPLE.sponsor }); // the sponsor takes the go decision
    renderPane(<InitiativePane />, service, 'CAMP-02');
    const up = await screen.findByRole('button', { name: 'Move up to 3 Decided' });
    expect(up.getAttribute('aria-disabled')).toBeNull();
    expect(up.hasAttribute('disabled')).toBe(false);
    expect(description(up)).toBeNull();
  });

  it('disables Move up with the unmet criterion as the reason, and a click sends nothing', async () => {
    // CAMP-01 is at DoI 4; its due date was deleted, so not even its controller may close it.
    const workbook = await withRegisterCell('CAMP-01', 'Due', null);
    const service = await realService({ workbook, actingAs: PEOPLE.controller });
    renderPane(<InitiativePane />, service, 'CAMP-01');
    const up = await screen.findByRole('button', { name: 'Move up to 5 Closed' });
    expectUnavailable(
      up,
      "Moving CAMP-01 to 5 Closed is the controller's sign-off: the controller uses Sign off, confirming the realised value and naming the evidence. No due date: fill in Due on PG Register row 2.",
    );
    fireEvent.click(up);
    expect(service.calls.filter((c) => c.method === 'move')).toHaveLength(0);
    expect(screen.getByRole('list', { name: 'Criteria for 5 Closed' }).textContent).toContain(
      '✗ Not met: No due date: fill in Due on PG Register row 2.',
    );
  });

  it('disables Move up with the role refusal when the owner would take the go decision', async () => {
    const service = await realService({ actingAs: PEOPLE.partnerOwner });
    renderPane(<InitiativePane />, service, 'CAMP-02');
    const up = await screen.findByRole('button', { name: 'Move up to 3 Decided' });
    expectUnavailable(
      up,
      'The go decision cannot come from the owner (Lukas Hofmann): the sponsor (Jonas Weber) or the PMO must move it to 3 Decided.',
    );
    up.focus();
    expect(document.activeElement).toBe(up);
    fireEvent.click(up);
    expect(service.calls.filter((c) => c.method === 'move')).toHaveLength(0);
  });

  it('disables hold and cancel with the service’s reason; back stays available', async () => {
    const hold = 'Only the sponsor (Jonas Weber) or the PMO may have CAMP-02 put on hold.';
    const cancel = 'Only the sponsor (Jonas Weber) or the PMO may have CAMP-02 cancelled.';
    const service = await realService({ actingAs: PEOPLE.partnerOwner });
    renderPane(<InitiativePane />, service, 'CAMP-02');
    expectUnavailable(await screen.findByRole('button', { name: 'Hold' }), hold);
    expectUnavailable(screen.getByRole('button', { name: 'Cancel initiative' }), cancel);
    const back = screen.getByRole('button', { name: 'Move back' });
    expect(back.getAttribute('aria-disabled')).toBeNull();
    fireEvent.change(screen.getByLabelText(/^Reason/), { target: { value: 'Scope unclear' } });
    fireEvent.click(back);
    await screen.findByRole('status');
    expect(service.calls.at(-1)).toEqual({
      method: 'move',
      args: [{ id: 'CAMP-02', kind: 'back', reason: 'Scope unclear' }],
    });
  });

  it('offers the controller Re-open on a closed initiative, and no other move', async () => {
    const service = await realService({ actingAs: PEOPLE.controller });
    await service.signOff({
      id: 'CAMP-01',
      confirmedValue: 48_000,
      evidence: 'SAP report FI-0327',
      acknowledgeShortfall: true,
    });
    renderPane(<InitiativePane />, service, 'CAMP-01');
    expectUnavailable(
      await screen.findByRole('button', { name: 'Move up' }),
      'CAMP-01 is at 5 Closed, the top of the ladder.',
    );
    expect(
      screen.getByRole('button', { name: 'Re-open (move back)' }).getAttribute('aria-disabled'),
    ).toBeNull();
    expectUnavailable(
      screen.getByRole('button', { name: 'Hold' }),
      'CAMP-01 is closed: it cannot be put on hold. Only the sponsor (Jonas Weber) or the PMO may have CAMP-01 put on hold.',
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
