// @vitest-environment jsdom
// Its own file: pane modules are cached per module graph, so nothing else may have loaded them.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { App } from '../../ui/App.js';
import { startApp } from '../../ui/appStart.js';
import { loadedPane } from '../../ui/paneModules.js';
import { fakeService } from './fake-service.js';
import './render-pane.js';

afterEach(cleanup);

const LAZY = { timeout: 10_000 };

describe('startApp', () => {
  it('asks for the overview and fetches the first pane before React draws, and the App reuses the answer', async () => {
    let asked = 0;
    const base = fakeService();
    const service = fakeService({
      overview: async () => {
        asked++;
        return { ...(await base.overview()), hasRegister: false };
      },
    });
    expect(loadedPane('convert')).toBeUndefined();
    const start = startApp(service);
    expect(asked).toBe(1);
    await expect.poll(() => loadedPane('convert'), LAZY).toBeTruthy();
    expect(loadedPane('register')).toBeUndefined();

    render(<App service={service} host="playground" start={start} />);
    expect(await screen.findByRole('region', { name: 'Convert plan' }, LAZY)).toBeTruthy();
    expect(asked).toBe(2); // once by startApp, once by the Convert pane for its sheet list
  });
});
