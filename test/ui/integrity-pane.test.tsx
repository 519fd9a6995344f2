// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { IntegrityPane } from '../../ui/integrity/IntegrityPane.js';
import { fakeService, fakeVerification, pending } from './fake-service.js';
import { renderPane } from './render-pane.js';

afterEach(cleanup);

describe('Integrity pane', () => {
  it('always says tamper-evident, not tamper-proof, even while loading', () => {
    renderPane(<IntegrityPane />, fakeService({ verify: () => pending() }));
    expect(screen.getByText('Checking the audit chain and the seals…')).toBeTruthy();
    expect(screen.getByText(/not tamper-proof/)).toBeTruthy();
  });

  it('shows an error with a retry', async () => {
    renderPane(
      <IntegrityPane />,
      fakeService({ verify: () => Promise.reject(new Error('PG Audit is missing.')) }),
    );
    expect(await screen.findByText('PG Audit is missing.')).toBeTruthy();
  });

  it('reports an intact chain', async () => {
    renderPane(<IntegrityPane />, fakeService());
    expect((await screen.findByRole('status')).textContent).toContain('12 audit events checked');
  });

  it('lists a DoI typed into PG Register by hand, with its row and what to do, beside an intact chain', async () => {
    const message =
      'CAMP-02 Partner webinars shows DoI 3 on PG Register row 3, but PG Audit records no move for it, so it should be at DoI 0: it was changed by hand, without passing the gates. Set it back to DoI 0 and move it through the Initiative pane.';
    const { harness } = renderPane(
      <IntegrityPane />,
      fakeService({
        verify: () =>
          Promise.resolve({
            ...fakeVerification(true),
            levelsWithoutAudit: [{ id: 'CAMP-02', name: 'Partner webinars', message }],
          }),
      }),
    );
    // PRODUCT.md "Seal": never a plain "Intact" while a level is not recorded.
    const headline = await screen.findByRole('alert');
    expect(headline.textContent).toContain('Chain unbroken, but levels not recorded');
    expect(screen.queryByText('Intact')).toBeNull();
    expect(screen.getByText(/1 initiative shows a DoI or state in PG Register/)).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Levels set by hand' });
    expect(list.textContent).toContain('on PG Register row 3');
    expect(list.textContent).toContain('Set it back to DoI 0');
    fireEvent.click(screen.getByRole('button', { name: 'CAMP-02 Partner webinars' }));
    expect(harness.opened).toEqual(['CAMP-02']);
  });

  it('lists where the chain breaks and which sealed fields changed', async () => {
    const { harness } = renderPane(
      <IntegrityPane />,
      fakeService({ verify: () => Promise.resolve(fakeVerification(false)) }),
    );
    expect(await screen.findByText(/PG Audit row 9 \(sign-off of CAMP-01/)).toBeTruthy();
    const modified = screen.getByRole('list', { name: 'Modified after sign-off' });
    expect(modified.textContent).toContain(
      'fields Confirmed value: Confirmed value is 90,000 but the sign-off sealed 48,000.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'CAMP-01 Spring webinar series' }));
    expect(harness.opened).toEqual(['CAMP-01']);
  });
});
