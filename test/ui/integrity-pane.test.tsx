// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { encodeRegister, MemoryWorkbook, SHEETS, type Grid } from '../../core/index.js';
import { IntegrityPane } from '../../ui/integrity/IntegrityPane.js';
import { journeyRegister } from '../support/index.js';
import { pending, realService } from './real-service.js';
import { renderPane } from './render-pane.js';
import { PEOPLE, uiWorkbook } from './ui-workbook.js';

afterEach(cleanup);

describe('Integrity pane', () => {
  it('always says tamper-evident, not tamper-proof, even while loading', async () => {
    renderPane(<IntegrityPane />, await realService({ overrides: { verify: () => pending() } }));
    expect(screen.getByText('Checking the audit chain and the seals…')).toBeTruthy();
    expect(screen.getByText(/not tamper-proof/)).toBeTruthy();
  });

  it('shows an error with a retry', async () => {
    renderPane(
      <IntegrityPane />,
      await realService({ overrides: { verify: () => Promise.reject(new Error('PG Audit is missing.')) } }),
    );
    expect(await screen.findByText('PG Audit is missing.')).toBeTruthy();
  });

  it('reports an intact chain', async () => {
    renderPane(<IntegrityPane />, await realService());
    // 12 moves and the settings the first of them recorded.
    expect((await screen.findByRole('status')).textContent).toContain('13 audit events checked');
  });

  it('lists a DoI typed into PG Register by hand, with its row and what to do, and never calls that intact', async () => {
    // A register whose CAMP-02 was typed in at DoI 2: PG Audit records no move for it.
    const workbook = new MemoryWorkbook({});
    await workbook.write({ sheets: encodeRegister(journeyRegister(), null) });
    const { harness } = renderPane(<IntegrityPane />, await realService({ workbook }));
    expect((await screen.findByRole('alert')).textContent).toContain('audit events checked');
    expect(screen.queryByText('Intact')).toBeNull();
    expect(screen.getByText(/1 initiative shows a DoI or state in PG Register/)).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Levels set by hand' });
    expect(list.textContent).toContain('on PG Register row 3');
    expect(list.textContent).toContain('Set it back to DoI 0');
    fireEvent.click(screen.getByRole('button', { name: 'CAMP-02 Partner webinars' }));
    expect(harness.opened).toEqual(['CAMP-02']);
  });

  it('lists where the chain breaks and which sealed fields changed', async () => {
    const workbook = await uiWorkbook();
    const service = await realService({ workbook, actingAs: PEOPLE.controller });
    await service.signOff({ id: 'CAMP-01', confirmedValue: 48_000, evidence: 'SAP report FI-0327' });
    // By hand, someone raises the sealed confirmed value in PG Register and edits the sign-off's audit row.
    const read = await workbook.read([SHEETS.register, SHEETS.audit]);
    const register = edited(read.grids[SHEETS.register], 'CAMP-01', 'Confirmed value', 90_000);
    const audit = read.grids[SHEETS.audit].map((r) => [...r]);
    const signOffRow = audit.findIndex((r) => r[3] === 'sign-off');
    audit[signOffRow][1] = 'Someone else'; // the signer's name
    await workbook.write({
      sheets: [
        { sheet: SHEETS.register, mode: 'replace', rows: register },
        { sheet: SHEETS.audit, mode: 'replace', rows: audit },
      ],
    });
    const { harness } = renderPane(<IntegrityPane />, service);
    expect(
      await screen.findByText(new RegExp(`PG Audit row ${signOffRow + 1} \\(sign-off of CAMP-01`)),
    ).toBeTruthy();
    const modified = screen.getByRole('list', { name: 'Modified after sign-off' });
    // The field and both values, in the core's words.
    expect(modified.textContent).toContain(
      'fields Confirmed value: CAMP-01 Spring webinar series changed after Someone else signed it off',
    );
    expect(modified.textContent).toContain('Confirmed value 48000 → 90000');
    fireEvent.click(screen.getByRole('button', { name: 'CAMP-01 Spring webinar series' }));
    expect(harness.opened).toEqual(['CAMP-01']);
  });
});

/** A copy of `grid` with the cell of `id`'s row under `header` set to `value`. */
function edited(grid: Grid, id: string, header: string, value: number): Grid {
  const rows = grid.map((r) => [...r]);
  rows[rows.findIndex((r) => r[0] === id)][rows[0].indexOf(header)] = value;
  return rows;
}
