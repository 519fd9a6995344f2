import { beforeAll, describe, expect, it } from 'vitest';
import { eac, realization, valueStatus, weightedValue } from '../../core/functions/plangate-functions.js';
import * as sheetsFunctions from '../../sheets-addon/server/custom-functions.js';
import { FUNCTIONS } from '../../excel-addin/functions/functions.js';
import { FakeAppsScript } from '../fakes/sheets/fake-apps-script.js';
import { builtServerCode, failureOf, loadServer, type ServerGlobals } from './support/server-sandbox.js';

let code = '';
let server: ServerGlobals;
beforeAll(async () => {
  code = await builtServerCode();
  server = loadServer(code, new FakeAppsScript());
});

describe('custom functions in Code.js give the same results as Excel’s PLANGATE.* functions', () => {
  it('are declared with @customfunction so Sheets offers them in formulas', () => {
    for (const name of [
      'PLANGATE_EAC',
      'PLANGATE_WEIGHTEDVALUE',
      'PLANGATE_REALIZATION',
      'PLANGATE_VALUESTATUS',
    ]) {
      expect(code).toMatch(new RegExp(`@customfunction\\n \\*/\\nfunction ${name}\\(`));
    }
  });

  it('read ranges as Sheets passes them: 2-D arrays with "" for blanks, or a bare value for one cell', () => {
    const plan = [[100, 100, 100]];
    const forecast = [['', 90, '']];
    const actual = [[80, '', '']];
    expect(server.PLANGATE_EAC(plan, forecast, actual)).toBe(eac(plan, forecast, actual));
    expect(server.PLANGATE_EAC(plan, forecast, actual)).toBe(270);
    expect(server.PLANGATE_EAC(100, '', 80)).toBe(80);
    expect(server.PLANGATE_WEIGHTEDVALUE(1000, 3)).toBe(weightedValue(1000, 3));
    expect(server.PLANGATE_WEIGHTEDVALUE(1000, 5, 'standard', 'closed', 750)).toBe(750);
    expect(server.PLANGATE_REALIZATION(45, 50)).toBe(realization(45, 50));
    expect(server.PLANGATE_VALUESTATUS(1000, 850, 0.95)).toBe(valueStatus(1000, 850, 0.95));
    expect(server.PLANGATE_VALUESTATUS(1000, 850, 0.95)).toBe('red');
  });

  it('are the core’s own functions in both hosts, so Excel and Sheets cannot compute differently', () => {
    expect(sheetsFunctions.PLANGATE_EAC).toBe(eac);
    expect(sheetsFunctions.PLANGATE_WEIGHTEDVALUE).toBe(weightedValue);
    expect(sheetsFunctions.PLANGATE_VALUESTATUS).toBe(valueStatus);
    expect(FUNCTIONS).toEqual({
      EAC: eac,
      WEIGHTEDVALUE: weightedValue,
      REALIZATION: realization,
      VALUESTATUS: valueStatus,
    });
  });

  it('turn bad input into #ERROR! with the message Excel shows on hover', () => {
    expect(failureOf(() => server.PLANGATE_EAC([[100, 'abc']], [['', '']], [['', '']]))).toContain(
      '"abc" is not a number',
    );
    expect(failureOf(() => server.PLANGATE_REALIZATION(10, 0))).toBe(
      'No plan to date yet, so no realization.',
    );
    expect(failureOf(() => server.PLANGATE_WEIGHTEDVALUE(1000, 2, 'other'))).toContain(
      'is not standard, l0-l5 or doi0-6',
    );
  });
});
