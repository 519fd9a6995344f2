// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { App } from '../../ui/App.js';
import { realService } from './real-service.js';
import './render-pane.js';

afterEach(cleanup);

// Panes are lazy chunks; the first import of each is compiled on demand under test.
const LAZY = { timeout: 10_000 };

describe('App', () => {
  it('opens Convert plan for a workbook without a register, and shows who acts', async () => {
    render(<App service={await realService({ register: false })} />);
    expect(await screen.findByRole('region', { name: 'Convert plan' }, LAZY)).toBeTruthy();
    expect(screen.getByText(/Maria Keller \(declared\) · as of 2027-03-31 · EUR/)).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Convert plan' }).getAttribute('aria-selected')).toBe('true');
  });

  it('opens the register when there is one, and switches panes by tab', async () => {
    render(<App service={await realService()} />);
    expect(await screen.findByRole('list', { name: 'Initiatives' }, LAZY)).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Integrity' }));
    expect(await screen.findByText(/audit events checked/, {}, LAZY)).toBeTruthy();
  });

  it('opens the initiative the host reports as selected, and unsubscribes on unmount', async () => {
    let select: ((id: string) => void) | null = null;
    let unsubscribed = false;
    const { unmount } = render(
      <App
        service={await realService()}

        subscribeSelection={(onSelect) => {
          select = onSelect;
          return () => (unsubscribed = true);
        }}
      />,
    );
    await screen.findByRole('list', { name: 'Initiatives' }, LAZY);
    act(() => select!('CAMP-04'));
    expect(await screen.findByText('CAMP-04 Retargeting ads', {}, LAZY)).toBeTruthy();
    unmount();
    expect(unsubscribed).toBe(true);
  });

  it('shows an overview failure instead of a blank pane', async () => {
    render(
      <App
        service={await realService({
          overrides: { overview: () => Promise.reject(new Error('PG Settings!B2 is not a date.')) },
        })}
      />,
    );
    // In the header, and in the pane that needed it, with a way to ask again.
    expect((await screen.findAllByText('PG Settings!B2 is not a date.', {}, LAZY)).length).toBe(2);
    expect(await screen.findByRole('button', { name: 'Try again' }, LAZY)).toBeTruthy();
  });
});
