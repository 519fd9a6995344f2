import { describe, expect, it } from 'vitest';
import {
  EXCEL_MONEY,
  cellNumberFormat,
  columnNumberFormats,
  numberFormatOf,
  TEXT_FORMAT,
} from '../../../core/port/number-formats.js';
import type { ColumnKind, SheetLayout } from '../../../core/contract/workbook-port.js';
import { SHEETS_MONEY } from '../../../sheets-addon/server/number-formats.js';
import { xlsxColumnFormats } from '../../../io/xlsx-number-formats.js';

const KINDS: ColumnKind[] = ['text', 'number', 'integer', 'money', 'percent', 'date', 'datetime'];

describe('number formats by column kind', () => {
  it('are the same in Excel, Google Sheets and the command line’s .xlsx for every kind but money', () => {
    const xlsx = xlsxColumnFormats(
      { headerRows: 1, columns: KINDS.map((kind) => ({ kind })) },
      KINDS.length,
      'EUR',
    );
    KINDS.forEach((kind, c) => {
      if (kind === 'money') return;
      expect(numberFormatOf(kind, 'EUR', EXCEL_MONEY), kind).toBe(numberFormatOf(kind, 'EUR', SHEETS_MONEY));
      expect(xlsx[c], kind).toBe(numberFormatOf(kind, 'EUR', EXCEL_MONEY));
    });
    expect(numberFormatOf('number', 'EUR', EXCEL_MONEY)).toBe('General');
    expect(numberFormatOf('datetime', 'EUR', EXCEL_MONEY)).toBe('yyyy-mm-dd hh:mm:ss');
    expect(numberFormatOf('date', 'EUR', EXCEL_MONEY)).toBe('yyyy-mm-dd');
    expect(numberFormatOf('percent', 'EUR', EXCEL_MONEY)).toBe('0.0%');
    expect(numberFormatOf('text', 'EUR', EXCEL_MONEY)).toBe('@');
  });

  it('show money with the register’s currency code the way each host can', () => {
    expect(numberFormatOf('money', 'EUR', EXCEL_MONEY)).toBe('[$EUR] #,##0.00');
    expect(numberFormatOf('money', 'EUR', SHEETS_MONEY)).toBe('#,##0.00 "EUR";[Red]-#,##0.00 "EUR"');
    // Not an ISO code: plain amounts rather than a broken format.
    expect(numberFormatOf('money', 'euro', EXCEL_MONEY)).toBe('#,##0.00');
    expect(numberFormatOf('money', undefined, SHEETS_MONEY)).toBe('#,##0.00;[Red]-#,##0.00');
  });

  it('show amounts with as many decimals as the currency has, in every host', () => {
    expect(numberFormatOf('money', 'JPY', EXCEL_MONEY)).toBe('[$JPY] #,##0');
    expect(numberFormatOf('money', 'VND', SHEETS_MONEY)).toBe('#,##0 "VND";[Red]-#,##0 "VND"');
    expect(numberFormatOf('money', 'KWD', EXCEL_MONEY)).toBe('[$KWD] #,##0.000');
    expect(numberFormatOf('money', 'EUR', SHEETS_MONEY)).toBe('#,##0.00 "EUR";[Red]-#,##0.00 "EUR"');
  });

  it('show money in an .xlsx file exactly as the Excel add-in writes it, in the layout’s or else the register’s currency', () => {
    const columns = [{ kind: 'money' as const }];
    expect(xlsxColumnFormats({ headerRows: 1, columns }, 1, 'USD')).toEqual(['[$USD] #,##0.00']);
    expect(xlsxColumnFormats({ headerRows: 1, currency: 'JPY', columns }, 1, 'USD')).toEqual([
      numberFormatOf('money', 'JPY', EXCEL_MONEY),
    ]);
    expect(xlsxColumnFormats({ headerRows: 1, columns }, 2, 'euro')).toEqual(['#,##0.00', 'General']);
  });

  it('give columns beyond the layout the automatic format', () => {
    const layout: SheetLayout = {
      headerRows: 1,
      currency: 'USD',
      columns: [{ kind: 'text' }, { kind: 'money' }],
    };
    expect(columnNumberFormats(layout, 3, EXCEL_MONEY)).toEqual(['@', '[$USD] #,##0.00', 'General']);
  });

  it('keep headers and every string as text, whatever the column', () => {
    expect(cellNumberFormat('2027-01', 'yyyy-mm-dd')).toBe(TEXT_FORMAT);
    expect(cellNumberFormat(46388, 'yyyy-mm-dd')).toBe('yyyy-mm-dd');
    expect(cellNumberFormat(null, '0.0%')).toBe('0.0%');
    expect(cellNumberFormat(12, '0.0%', true)).toBe(TEXT_FORMAT);
  });
});
