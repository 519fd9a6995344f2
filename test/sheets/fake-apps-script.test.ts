import { describe, expect, it } from 'vitest';
import { FakeAppsScript } from '../fakes/sheets/fake-apps-script.js';
import { LOCK_TIMEOUT_MESSAGE } from '../fakes/sheets/fake-lock.js';
import { PROTECTED_EDIT_MESSAGE } from '../fakes/sheets/fake-protection.js';

describe('the SpreadsheetApp fake behaves like Google Sheets', () => {
  it('addresses cells 1-based and by A1 notation alike', () => {
    const gas = new FakeAppsScript();
    const sheet = gas.spreadsheet.insertSheet('Data');
    sheet.getRange(2, 3, 2, 2).setValues([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(sheet.getRange('C2:D3').getValues()).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(sheet.getRange('D3').getValues()).toEqual([['d']]);
    expect(sheet.getRange(2, 3, 2, 2).getA1Notation()).toBe('C2:D3');
    expect(sheet.getLastRow()).toBe(3);
    expect(sheet.getLastColumn()).toBe(4);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:D3');
    expect(() => sheet.getRange(0, 1, 1, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1001, 1, 1, 1)).toThrow('outside the dimensions of the sheet');
  });

  it("rejects data of the wrong shape with Google's wording", () => {
    const sheet = new FakeAppsScript().spreadsheet.insertSheet('Data');
    expect(() => sheet.getRange(1, 1, 3, 2).setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 3.',
    );
    expect(() => sheet.getRange(1, 1, 1, 2).setValues([[1, 2, 3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.',
    );
  });

  it('parses typed-looking strings unless the cell is plain text', () => {
    const sheet = new FakeAppsScript({ timeZone: 'UTC' }).spreadsheet.insertSheet('Data');
    sheet.getRange(1, 1, 1, 3).setValues([['2027-01', '007', '12%']]);
    const [parsed] = sheet.getRange(1, 1, 1, 3).getValues();
    expect(parsed?.[0]).toBeInstanceOf(Date);
    expect((parsed?.[0] as Date).toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect(parsed?.slice(1)).toEqual([7, 0.12]);
    sheet
      .getRange(2, 1, 1, 3)
      .setNumberFormat('@')
      .setValues([['2027-01', '007', '12%']]);
    expect(sheet.getRange(2, 1, 1, 3).getValues()).toEqual([['2027-01', '007', '12%']]);
  });

  it('returns date cells as the Date at that wall-clock time in the spreadsheet time zone', () => {
    const sheet = new FakeAppsScript({ timeZone: 'America/New_York' }).spreadsheet.insertSheet('Data');
    // 46022 is 2025-12-31; New York is UTC-5 then.
    sheet
      .getRange('A1')
      .setNumberFormat('yyyy-mm-dd')
      .setValues([[46022]]);
    const [[value]] = sheet.getRange('A1').getValues() as [[Date]];
    expect(value.toISOString()).toBe('2025-12-31T05:00:00.000Z');
    sheet.getRange('B1').setValues([[value]]);
    expect(sheet.cell(1, 2).value).toBe(46022);
  });

  it('lets everyone write under a warning-only protection, and only editors under a hard one', () => {
    const gas = new FakeAppsScript({ user: 'owner@example.com' });
    const sheet = gas.spreadsheet.insertSheet('Log');
    const protection = sheet.protect().setDescription('log');
    gas.as('other@example.com', () =>
      expect(() => sheet.getRange('A1').setValues([['x']])).toThrow(PROTECTED_EDIT_MESSAGE),
    );
    protection.setWarningOnly(true);
    gas.as('other@example.com', () => sheet.getRange('A1').setValues([['x']]));
    expect(sheet.getRange('A1').getValues()).toEqual([['x']]);
  });

  it('shares one document lock between executions', () => {
    const gas = new FakeAppsScript();
    const release = gas.lockService.holdElsewhere();
    const lock = gas.globals.LockService.getDocumentLock();
    expect(lock?.tryLock(1000)).toBe(false);
    expect(() => lock?.waitLock(1000)).toThrow(LOCK_TIMEOUT_MESSAGE);
    release();
    lock?.waitLock(1000);
    expect(lock?.hasLock()).toBe(true);
    lock?.releaseLock();
    expect(lock?.hasLock()).toBe(false);
  });

  it('counts range reads and writes', () => {
    const gas = new FakeAppsScript();
    const sheet = gas.spreadsheet.insertSheet('Data');
    gas.log.reset();
    sheet.getRange(1, 1, 2, 2).setValues([
      [1, 2],
      [3, 4],
    ]);
    sheet.getDataRange().getValues();
    sheet.getDataRange().getValues();
    expect(gas.log.rangeWrites).toBe(1);
    expect(gas.log.rangeReads).toBe(2);
    expect(gas.log.count('Range.getValues')).toBe(2);
  });

  it('keeps user properties per person and hides emails the domain does not share', () => {
    const gas = new FakeAppsScript({ user: 'a@example.com' });
    gas.globals.PropertiesService.getUserProperties().setProperty('k', 'A');
    gas.as('b@example.com', () => {
      expect(gas.globals.PropertiesService.getUserProperties().getProperty('k')).toBeNull();
    });
    expect(gas.globals.PropertiesService.getUserProperties().getProperty('k')).toBe('A');
    gas.as('c@gmail.com', () => expect(gas.globals.Session.getActiveUser().getEmail()).toBe(''), false);
  });

  it('builds validation lists, conditional formats and charts', () => {
    const gas = new FakeAppsScript();
    const app = gas.globals.SpreadsheetApp;
    const sheet = gas.spreadsheet.insertSheet('Data');
    const rule = app
      .newDataValidation()
      .requireValueInList(['green', 'red'], true)
      .setAllowInvalid(false)
      .build();
    sheet.getRange('B2:B10').setDataValidation(rule);
    expect(sheet.cell(5, 2).validation).toBe(rule);
    const cf = app
      .newConditionalFormatRule()
      .whenTextEqualTo('red')
      .setBackground('#ff0000')
      .setRanges([sheet.getRange('B2:B10')])
      .build();
    sheet.setConditionalFormatRules([cf]);
    expect(sheet.conditionalRules).toEqual([
      { textEqualTo: 'red', background: '#ff0000', fontColor: null, ranges: ['B2:B10'] },
    ]);
    const chart = sheet
      .newChart()
      .setChartType(gas.globals.Charts.ChartType.COLUMN)
      .addRange(sheet.getRange('A1:C4'))
      .setPosition(6, 1, 0, 0)
      .build();
    sheet.insertChart(chart);
    expect(sheet.charts.map((c) => [c.type, c.ranges])).toEqual([['COLUMN', ['A1:C4']]]);
  });
});
