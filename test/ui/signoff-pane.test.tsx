// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { encodeRegister, MemoryWorkbook } from '../../core/index.js';
import { SignOffPane } from '../../ui/signoff/SignOffPane.js';
import { journeyRegister } from '../support/index.js';
import { pending, realService } from './real-service.js';
import { renderPane } from './render-pane.js';
import { PEOPLE } from './ui-workbook.js';

afterEach(cleanup);

describe('Sign-off pane', () => {
  it('shows loading, error and an empty queue', async () => {
    renderPane(<SignOffPane />, await realService({ overrides: { portfolio: () => pending() } }));
    expect(screen.getByText('Loading the sign-off queue…')).toBeTruthy();
    cleanup();
    renderPane(
      <SignOffPane />,
      await realService({
        overrides: { portfolio: () => Promise.reject(new Error('PG Settings is missing.')) },
      }),
    );
    expect(await screen.findByText('PG Settings is missing.')).toBeTruthy();
    cleanup();
    // No initiative of this register has reached the level before sign-off.
    const workbook = new MemoryWorkbook({});
    await workbook.write({ sheets: encodeRegister(journeyRegister(), null) });
    renderPane(<SignOffPane />, await realService({ workbook }));
    expect(await screen.findByText('Nothing waits for sign-off.')).toBeTruthy();
  });

  it('prefills the actual to date, shows a refusal with its reason, then a sealed sign-off', async () => {
    const service = await realService(); // the owner acts
    renderPane(<SignOffPane />, service);
    const value = await screen.findByLabelText<HTMLInputElement>('Confirmed value (EUR)');
    expect(value.value).toBe('48000');
    fireEvent.change(screen.getByLabelText('Evidence'), { target: { value: 'SAP report FI-0327' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign off CAMP-01' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      `${PEOPLE.pmo} is the owner of CAMP-01, and an owner cannot sign off their own initiative`,
    );

    await service.declareIdentity(PEOPLE.controller);
    fireEvent.click(screen.getByRole('button', { name: 'Sign off CAMP-01' }));
    const ok = await screen.findByRole('status');
    expect(ok.textContent).toContain('Signed off CAMP-01');
    expect(ok.textContent).toContain('Wrote PG Audit (+1 row)');
    expect(service.calls.at(-1)).toEqual({
      method: 'signOff',
      args: [{ id: 'CAMP-01', confirmedValue: 48000, evidence: 'SAP report FI-0327' }],
    });
  });

  it('does not send a value that is not a number', async () => {
    const service = await realService();
    renderPane(<SignOffPane />, service);
    fireEvent.change(await screen.findByLabelText('Confirmed value (EUR)'), { target: { value: '' } });
    expect(screen.getByText('Type the confirmed value as a number.')).toBeTruthy();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Sign off CAMP-01' }).disabled).toBe(true);
  });
});
