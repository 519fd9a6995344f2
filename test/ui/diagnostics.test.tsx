// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { excelEnvironment, excelSelfTest } from '../../excel-addin/diagnostics/excel-self-test.js';
import { SettingsPane } from '../../ui/settings/SettingsPane.js';
import { Diagnostics } from '../../ui/settings/Diagnostics.js';
import { createFakeExcel } from '../fakes/excel/fake-excel.js';
import { realService } from './real-service.js';
import { renderPane } from './render-pane.js';

afterEach(cleanup);

/**
 * Settings › Diagnostics in jsdom (a unit test, not a browser test): the real Excel self-test over
 * the Excel fake, shown as a person sees it.
 */
describe('Settings › Diagnostics', () => {
  it('runs the self-test and shows every step and a report to copy', async () => {
    const excel = createFakeExcel();
    excel.addSheet('Sheet1');
    const office = {
      diagnostics: { version: '16.0.18227.20162', platform: 'PC' },
      requirements: { isSetSupported: () => true },
    };
    const selfTest = excelSelfTest(excel.run, excelEnvironment(office, '0.1.0'));
    let running: Promise<unknown> = Promise.resolve();
    const run = () => {
      const report = selfTest();
      running = report;
      return report;
    };
    renderPane(<Diagnostics run={run} />, await realService());
    fireEvent.click(screen.getByRole('button', { name: 'Run self-test' }));
    expect(screen.getByText('Running the self-test…')).toBeTruthy();
    await act(() => running);
    expect(
      screen.getByText(/^Self-test passed: Excel 16\.0\.18227\.20162, \d+ ms, \d+ round trips\.$/),
    ).toBeTruthy();
    const rows = within(screen.getByRole('table', { name: 'Self-test steps' }))
      .getAllByRole('row')
      .slice(1);
    expect(rows.map((r) => r.querySelector('td')?.textContent)).toEqual([
      'convert',
      'refresh',
      'move',
      'sign-off',
      'verify',
      'cleanup',
    ]);
    for (const row of rows) expect(row.textContent).toMatch(/ok: /);
    const report = screen.getByLabelText<HTMLTextAreaElement>('Report to send').value;
    expect(report).toMatch(
      /^PlanGate self-test: PASSED\nHost: Excel 16\.0\.18227\.20162\nPlatform: PC\nPlanGate: 0\.1\.0\n/,
    );
    expect(report).toContain('ExcelApi 1.9: yes');
    fireEvent.click(screen.getByRole('button', { name: 'Copy report' }));
    // jsdom has no clipboard: the pane says how to copy by hand.
    expect((await screen.findByRole('status')).textContent).toMatch(/select the text above and copy it/);
  });

  it('is in Settings only where the host has a self-test', async () => {
    renderPane(<SettingsPane />, await realService());
    await screen.findByLabelText('Portfolio target');
    expect(screen.queryByRole('button', { name: 'Run self-test' })).toBeNull();
  });
});
