// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { encodeRegister, MemoryWorkbook } from '../../core/index.js';
import { RegisterPane } from '../../ui/register/RegisterPane.js';
import { registerBuilder } from '../support/index.js';
import { pending, realService } from './real-service.js';
import { renderPane } from './render-pane.js';

afterEach(cleanup);

describe('Register pane', () => {
  it('shows a spinner while the register is recomputed', async () => {
    renderPane(<RegisterPane />, await realService({ overrides: { refresh: () => pending() } }));
    expect(screen.getByText('Recomputing the register…')).toBeTruthy();
  });

  it('shows the service error and offers to try again', async () => {
    renderPane(
      <RegisterPane />,
      await realService({
        overrides: { refresh: () => Promise.reject(new Error('PG Register!B4: "abc" is not a number')) },
      }),
    );
    expect(await screen.findByText(/PG Register!B4/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('sends a user without initiatives to Convert plan', async () => {
    // A register whose initiatives were all deleted by hand: PG Register holds only its header.
    const empty = new MemoryWorkbook({});
    await empty.write({ sheets: encodeRegister(registerBuilder().build(), null) });
    const service = await realService({ workbook: empty });
    const { harness } = renderPane(<RegisterPane />, service);
    fireEvent.click(await screen.findByRole('button', { name: 'Convert plan' }));
    expect(harness.went).toEqual(['convert']);
  });

  it('lists initiatives with both lights in words, filters them and opens one', async () => {
    const { harness } = renderPane(<RegisterPane />, await realService());
    const table = await screen.findByRole('list', { name: 'Initiatives' });
    expect(within(table).getAllByRole('listitem')).toHaveLength(4);
    expect(within(table).getAllByLabelText('Value: Red').length).toBe(1);
    expect(within(table).getByText('Watermelon')).toBeTruthy();
    expect(within(table).getAllByText('€112,000').length).toBeGreaterThan(0);

    fireEvent.change(screen.getByLabelText('Flag'), { target: { value: 'watermelon' } });
    expect(within(screen.getByRole('list', { name: 'Initiatives' })).getAllByRole('listitem')).toHaveLength(
      1,
    );
    expect(screen.getByText(/1 of 4 initiatives/)).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Flag'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Search'), { target: { value: 'hannover' } });
    fireEvent.click(screen.getByRole('button', { name: 'CAMP-03 Trade fair Hannover' }));
    expect(harness.opened).toEqual(['CAMP-03']);

    fireEvent.change(screen.getByLabelText('Search'), { target: { value: 'nothing like this' } });
    expect(screen.getByText('No initiative matches these filters.')).toBeTruthy();
  });
});
