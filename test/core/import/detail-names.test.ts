import { describe, expect, it } from 'vitest';
import { convertTable, inspectWorkbook } from '../../../core/import/index.js';
import { book } from './grid-book.js';

const SETTINGS = { fiscalYearStart: 1 };

function convert(rows: (string | number | null)[][]) {
  const read = book(rows, 'Haushalt');
  const inspection = inspectWorkbook(read, { ...SETTINGS, defaultYear: 2027 });
  expect(inspection.error).toBeNull();
  const [table] = inspection.tables;
  return { table, plan: convertTable(read, table.mapping, SETTINGS) };
}

describe('detail rows that repeat their group name', () => {
  const HEADER = ['Kontengruppe', 'Profitcenter', 'Kostenart', 'Kostenart Beschreibung', 'Plan 2027'];

  it('names each row by the description and code that tell them apart, instead of numbering them', () => {
    const { plan } = convert([
      HEADER,
      ['Personalaufwendungen', 'Asyl', '50110000', 'Bezüge Beamte', 400],
      ['Personalaufwendungen', 'Asyl', '50120000', 'Vergütungen Beschäftigte', 300],
      ['Personalaufwendungen', 'Asyl', '50130000', 'Vergütungen Beschäftigte', 50],
      ['Sachaufwendungen', 'Asyl', '52110000', 'Unterhaltung', 200],
      ['Personalaufwendungen', 'Schulen', '50110000', 'Bezüge Beamte', 100],
    ]);
    expect(plan.initiatives.map((i) => [i.program, i.name])).toEqual([
      ['Asyl', 'Personalaufwendungen – Bezüge Beamte (50110000)'],
      ['Asyl', 'Personalaufwendungen – Vergütungen Beschäftigte (50120000)'],
      ['Asyl', 'Personalaufwendungen – Vergütungen Beschäftigte (50130000)'],
      ['Asyl', 'Sachaufwendungen'],
      ['Schulen', 'Personalaufwendungen'],
    ]);
    expect(plan.initiatives.some((i) => /-\d$/.test(i.id))).toBe(false);
    expect(new Set(plan.initiatives.map((i) => i.id)).size).toBe(5);
    expect(plan.warnings).toContain(
      "3 rows repeat a name already used in their program (detail lines under one group): named by 'Kostenart Beschreibung' and 'Kostenart' as well, e.g. 'Personalaufwendungen – Bezüge Beamte (50110000)'.",
    );
  });

  it('gives the same IDs on re-import', () => {
    const rows = [
      HEADER,
      ['Personalaufwendungen', 'Asyl', '50110000', 'Bezüge Beamte', 400],
      ['Personalaufwendungen', 'Asyl', '50120000', 'Vergütungen', 300],
    ];
    expect(convert(rows).plan.initiatives.map((i) => i.id)).toEqual(
      convert(rows).plan.initiatives.map((i) => i.id),
    );
  });
});

describe('summary and detail lines of one program', () => {
  it('imports the detail lines and leaves out the summary line they break down, so money is counted once', () => {
    const rows: (string | number | null)[][] = [
      ['Kontengruppe', 'Profitcenter', 'PSP-Element', 'Kostenart', 'Kostenart Beschreibung', 'Plan 2027'],
      ['Personalaufwendungen', 'Asyl', null, null, null, 700],
      ['Personalaufwendungen', 'Asyl', '1.100.05', '50110000', 'Bezüge Beamte', 400],
      ['Personalaufwendungen', 'Asyl', '1.100.05', '50120000', 'Vergütungen', 300],
      ['Sachaufwendungen', 'Asyl', null, null, null, 90],
    ];
    for (let k = 0; k < 10; k++) rows.push([`Gruppe ${k}`, `Amt ${k}`, null, null, null, 10]);
    const { table, plan } = convert(rows);
    expect(table.mapping.fields.keys?.header).toBe('PSP-Element');
    expect(plan.excluded).toContainEqual({
      row: 2,
      reason:
        "summary line: the detail lines of 'Personalaufwendungen' in 'Asyl' (with a 'PSP-Element') are imported instead, so the money is not counted twice",
    });
    const asyl = plan.initiatives.filter((i) => i.program === 'Asyl');
    expect(asyl.map((i) => i.name)).toEqual([
      'Personalaufwendungen – Bezüge Beamte',
      'Personalaufwendungen – Vergütungen',
      'Sachaufwendungen',
    ]);
    const total = plan.initiatives.reduce(
      (s, i) => s + [...i.plan].reduce((a, v) => a + (Number.isNaN(v) ? 0 : v), 0),
      0,
    );
    expect(Math.round(total * 100) / 100).toBe(700 + 90 + 100);
    expect(plan.warnings).toContain(
      "The rows come at two levels of detail: 2 rows name a 'PSP-Element' and 12 do not. In 1 program (Asyl) the detail lines were imported and 1 summary line of the same name left out, so nothing is counted twice.",
    );
  });
});
