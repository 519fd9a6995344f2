import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ExcelWorkbook } from '../../excel-addin/excel-workbook.js';
import { createFakeExcel } from '../fakes/excel/fake-excel.js';
import { journey } from '../support/journey.js';

const docs = readFileSync(new URL('../../docs/excel.md', import.meta.url), 'utf8').replace(/\s+/g, ' ');
/** How docs/excel.md names each Excel chart type. */
const WORDS: Record<string, string> = {
  ColumnClustered: 'a clustered column chart',
  ColumnStacked: 'a stacked column chart',
  LineMarkers: 'a line chart with markers',
  Waterfall: 'a native waterfall chart',
};

describe('docs/excel.md and the charts PlanGate writes', () => {
  it('names every chart of PG Portfolio by its type and title, and no chart it does not write', async () => {
    const excel = createFakeExcel();
    await journey(new ExcelWorkbook({ run: excel.run }));
    const charts = excel.state.find('PG Portfolio')!.charts;
    expect(charts.length).toBeGreaterThan(0);
    for (const chart of charts) expect(docs).toContain(`${WORDS[chart.type]}, *${chart.title}*`);
    const written = new Set(charts.map((c) => c.type));
    for (const [type, words] of Object.entries(WORDS))
      if (!written.has(type)) expect(docs.toLowerCase()).not.toContain(words.replace(/^an? /, ''));
  });
});
