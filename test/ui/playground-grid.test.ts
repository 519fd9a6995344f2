import { describe, expect, it } from 'vitest';
import { cellText, displayText, parseCellInput } from '../../playground/grid/parseCellInput.js';
import { peopleOf } from '../../playground/people.js';

describe('playground grid editing', () => {
  it('stores typed text as a spreadsheet would', () => {
    expect(parseCellInput('')).toBeNull();
    expect(parseCellInput('  ')).toBeNull();
    expect(parseCellInput('1200')).toBe(1200);
    expect(parseCellInput('-3.5')).toBe(-3.5);
    expect(parseCellInput('TRUE')).toBe(true);
    expect(parseCellInput('1,200')).toBe('1,200');
    expect(parseCellInput('DG-01')).toBe('DG-01');
  });

  it('shows serial dates of date columns as dates and leaves other cells as stored', () => {
    expect(displayText(46507, 'date')).toBe('2027-04-30');
    expect(displayText(46507.5, 'datetime')).toBe('2027-04-30 12:00');
    expect(displayText(46507, 'money')).toBe('46507');
    expect(cellText(false)).toBe('FALSE');
    expect(cellText(null)).toBe('');
  });
});

describe('people one can act as', () => {
  it('collects owners, sponsors and controllers below their headers, plus PMO from settings', () => {
    const plan = [
      ['Plan 2027', null, null, null],
      ['ID', 'Owner', 'Sponsor', 'Controller'],
      ['A-1', 'Ann', 'Sam', 'Cy'],
      ['A-2', 'Sam', 'Sam', ''],
    ];
    expect(peopleOf([plan], { pmo: ['Pat'], controllers: ['Cy'] })).toEqual([
      { name: 'Ann', roles: ['owner'] },
      { name: 'Sam', roles: ['owner', 'sponsor'] },
      { name: 'Cy', roles: ['controller'] },
      { name: 'Pat', roles: ['pmo'] },
    ]);
  });

  it('finds nobody in a sheet without those headers', () => {
    expect(peopleOf([[['Month', 'Amount']]], null)).toEqual([]);
  });

  it('lists a name declared in the Settings pane that no sheet names, once', () => {
    const plan = [
      ['ID', 'Owner'],
      ['A-1', 'Ann'],
    ];
    expect(peopleOf([plan], { pmo: ['Pat'], controllers: [] }, 'Dana Declared')).toEqual([
      { name: 'Ann', roles: ['owner'] },
      { name: 'Pat', roles: ['pmo'] },
      { name: 'Dana Declared', roles: [] },
    ]);
    expect(peopleOf([plan], null, 'Ann')).toEqual([{ name: 'Ann', roles: ['owner'] }]);
  });
});
