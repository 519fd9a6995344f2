// @vitest-environment jsdom
// Its own file: pane modules are cached per module graph, so nothing else may have loaded them.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { App } from '../../ui/App.js';
import { startApp } from '../../ui/appStart.js';
import { loadedPane } from '../../ui/paneModules.js';
import { realService } from './real-service.js';
import './render-pane.js';

afterEach(cleanup);

describe('startApp', () => {
  it('asks for the overview and fetches the first pane before React draws, and the App reuses the answer', async () => {
    let asked = 0;
    const base = await realService({ register: false });
    const service = await realService({
      register: false,
      overrides: {
        overview: () => {
          asked++;
          return base.overview();
        },
      },
    });
    expect(loadedPane('convert')).toBeUndefined();
    const start = startApp(service);
    expect(asked).toBe(1);
    await start.ready;
    expect(loadedPane('convert')).toBeTruthy();
    expect(loadedPane('register')).toBeUndefined();

    // A host that waited for `ready` gets the whole pane from the first render: no spinner first.
    render(<App service={service} start={start} />);
    expect(screen.getByRole('region', { name: 'Convert plan' })).toBeTruthy();
    expect(screen.queryByText('Reading the workbook…')).toBeNull();
    expect(await screen.findByRole('button', { name: 'Read plan sheet' })).toBeTruthy();
    // Nobody asks again: the App and the Convert pane's sheet list use startApp's answer.
    expect(asked).toBe(1);
  });
});
