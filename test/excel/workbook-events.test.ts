import { describe, expect, it } from 'vitest';
import { firstRow } from '../../excel-addin/taskpane/selection-to-id.js';
import { subscribeChanges, subscribeSelection } from '../../excel-addin/taskpane/workbook-events.js';
import { createFakeExcel } from '../fakes/excel/fake-excel.js';

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

function workbook() {
  const excel = createFakeExcel();
  excel.addSheet('Plan', [['Campaign'], ['Spring']]);
  excel.addSheet('PG Register', [
    ['Initiative', 'ID', 'Owner'],
    ['Spring launch', 'CAMP-01', 'Olivia'],
    ['Fair', 'CAMP-02', 'Omar'],
  ]);
  return excel;
}

describe('selecting a register row selects the initiative in the pane', () => {
  it('maps the selected row to the ID under the ID header, and ignores other sheets and the header', async () => {
    const excel = workbook();
    const selected: string[] = [];
    const stop = subscribeSelection(excel.run)((id) => selected.push(id));
    await settle();
    await excel.select('PG Register', 'C3');
    await excel.select('PG Register', 'A2:C2');
    await excel.select('PG Register', 'A1');
    await excel.select('Plan', 'A2');
    expect(selected).toEqual(['CAMP-02', 'CAMP-01']);

    stop();
    await settle();
    await excel.select('PG Register', 'C3');
    expect(selected).toHaveLength(2);
  });

  it('reads an address’s first row', () => {
    expect([firstRow('B12'), firstRow("'PG Register'!$A$5:$C$7"), firstRow('C:C')]).toEqual([12, 5, null]);
  });
});

describe('hand edits on PG sheets reload the pane', () => {
  it('signals once per burst of edits on PG sheets, never for the user’s own sheets', async () => {
    const excel = workbook();
    let changes = 0;
    const stop = subscribeChanges(excel.run, 5)(() => changes++);
    await settle();
    await excel.edit('Plan', 'A3', 'Summer');
    await settle();
    expect(changes).toBe(0);
    await excel.edit('PG Register', 'C2', 'Olga');
    await excel.edit('PG Register', 'C3', 'Otto');
    await settle();
    expect(changes).toBe(1);
    stop();
    await settle();
    await excel.edit('PG Register', 'C2', 'Olivia');
    await settle();
    expect(changes).toBe(1);
  });
});
