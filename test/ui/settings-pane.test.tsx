// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
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

  it('declares the name recorded in the audit log', async () => {
    const service = fakeService();
    renderPane(<SettingsPane />, service);
    const name = await screen.findByLabelText<HTMLInputElement>('Your name (declared identity)');
    expect(name.value).toBe('Maria Keller');
    fireEvent.change(name, { target: { value: 'Sofia Brandt' } });
    fireEvent.click(screen.getByRole('button', { name: 'Use this name' }));
    expect((await screen.findByRole('status')).textContent).toContain('You act as Sofia Brandt (declared).');
  });
});
