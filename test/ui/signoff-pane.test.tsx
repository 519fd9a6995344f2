// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { SignOffPane } from '../../ui/signoff/SignOffPane.js';
import { fakePortfolio, fakeService, pending } from './fake-service.js';
import { renderPane } from './render-pane.js';

afterEach(cleanup);

describe('Sign-off pane', () => {
  it('shows loading, error and an empty queue', async () => {
    renderPane(<SignOffPane />, fakeService({ portfolio: () => pending() }));
    expect(screen.getByText('Loading the sign-off queue…')).toBeTruthy();
    cleanup();
    renderPane(
      <SignOffPane />,
      fakeService({ portfolio: () => Promise.reject(new Error('PG Settings is missing.')) }),
    );
    expect(await screen.findByText('PG Settings is missing.')).toBeTruthy();
    cleanup();
    renderPane(
      <SignOffPane />,
      fakeService({ portfolio: () => Promise.resolve({ ...fakePortfolio(), signOffQueue: [] }) }),
    );
    expect(await screen.findByText('Nothing waits for sign-off.')).toBeTruthy();
  });

  it('prefills the actual to date, shows a refusal with its reason, then a sealed sign-off', async () => {
    const service = fakeService();
    renderPane(<SignOffPane />, service);
    const value = await screen.findByLabelText<HTMLInputElement>('Confirmed value (EUR)');
    expect(value.value).toBe('48000');
    fireEvent.change(screen.getByLabelText('Evidence'), { target: { value: 'SAP report FI-0327' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign off CAMP-01' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Maria Keller is not the controller of CAMP-01',
    );

    await service.declareIdentity('Sofia Brandt');
    fireEvent.click(screen.getByRole('button', { name: 'Sign off CAMP-01' }));
    const ok = await screen.findByRole('status');
    expect(ok.textContent).toContain('Signed off CAMP-01');
    expect(ok.textContent).toContain('Wrote PG Audit (+1 sealed event)');
    expect(service.calls.at(-1)).toEqual({
      method: 'signOff',
      args: [{ id: 'CAMP-01', confirmedValue: 48000, evidence: 'SAP report FI-0327' }],
    });
  });

  it('asks for the shortfall acknowledgement only once the service says the closure falls short, and sends it', async () => {
    const requests: unknown[] = [];
    const service = fakeService({
      signOff: (request) => {
        requests.push(request);
        return Promise.resolve(
          request.acknowledgeShortfall
            ? { ok: true, message: 'Signed off CAMP-01. Shortfall acknowledged.', problems: [], wrote: [] }
            : {
                ok: false,
                message: 'Closing CAMP-01 falls short',
                problems: [
                  'Closing CAMP-01 falls short: the confirmed value 48,000 is 40% of plan total 120,000.',
                ],
                wrote: [],
                needs: 'shortfallAcknowledgement' as const,
              },
        );
      },
    });
    renderPane(<SignOffPane />, service);
    await screen.findByLabelText('Confirmed value (EUR)');
    fireEvent.change(screen.getByLabelText('Evidence'), { target: { value: 'SAP report FI-0327' } });
    expect(screen.queryByRole('checkbox', { name: /I acknowledge the shortfall/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Sign off CAMP-01' }));
    expect((await screen.findByRole('alert')).textContent).toContain('falls short');
    fireEvent.click(await screen.findByRole('checkbox', { name: /I acknowledge the shortfall/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Sign off CAMP-01' }));
    expect((await screen.findByRole('status')).textContent).toContain('Shortfall acknowledged');
    expect(requests).toEqual([
      { id: 'CAMP-01', confirmedValue: 48000, evidence: 'SAP report FI-0327' },
      { id: 'CAMP-01', confirmedValue: 48000, evidence: 'SAP report FI-0327', acknowledgeShortfall: true },
    ]);
  });

  it('does not send a value that is not a number', async () => {
    const service = fakeService();
    renderPane(<SignOffPane />, service);
    fireEvent.change(await screen.findByLabelText('Confirmed value (EUR)'), { target: { value: '' } });
    expect(screen.getByText('Type the confirmed value as a number.')).toBeTruthy();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Sign off CAMP-01' }).disabled).toBe(true);
  });
});
