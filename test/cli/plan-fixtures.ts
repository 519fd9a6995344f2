import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

/** Monthly plan values of the fixture plan, per initiative (Jan–Apr 2027). */
export const PLAN_ROWS = [
  {
    name: 'Webinar series',
    owner: 'Ann Owner',
    client: 'Acme',
    keys: '7011A',
    plan: [1000, 2000, 3000, 4000],
  },
  { name: 'Partner push', owner: 'Ben Owner', client: 'Acme', keys: '7022B', plan: [500, 500, 500, 500] },
  { name: 'Trade fair', owner: 'Cleo Owner', client: 'Globex', keys: 'CC-400', plan: [0, 0, 12500.5, 0] },
];

/**
 * A plan as people write it: a title, the header in row 3, a section row, a totals row with the
 * plan's own grand total, and a second sheet of notes that must survive untouched.
 */
export async function writePlanXlsx(
  dir: string,
  rows = PLAN_ROWS,
  name = 'plan.xlsx',
  title = 'Marketing plan 2027 (EUR)',
): Promise<{ path: string; total: number }> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Marketing Plan 2027');
  ws.addRow([title]);
  ws.addRow([]);
  ws.addRow(['Campaign', 'Owner', 'Client', 'Keys', 'Jan 2027', 'Feb 2027', 'Mar 2027', 'Apr 2027', 'Total']);
  ws.addRow(['Demand Generation']);
  for (const r of rows)
    ws.addRow([r.name, r.owner, r.client, r.keys, ...r.plan, r.plan.reduce((a, b) => a + b, 0)]);
  const months = [0, 1, 2, 3].map((m) => rows.reduce((s, r) => s + r.plan[m], 0));
  const total = months.reduce((a, b) => a + b, 0);
  ws.addRow(['Total', '', '', '', ...months, total]);
  ws.getRow(3).font = { bold: true };
  const notes = wb.addWorksheet('Notes');
  notes.addRow(['Approved by the board on', '2026-11-20']);
  notes.addRow(['Budget owner', 'Finance']);
  const path = join(dir, name);
  writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
  return { path, total };
}

/** A CRM export (long: key, date, amount) with one row that matches no initiative. */
export function writeCrmCsv(dir: string): string {
  const path = join(dir, 'crm.csv');
  writeFileSync(
    path,
    [
      'Campaign ID,Close date,Amount',
      '7011A,2027-01-15,900',
      '7011A,2027-02-03,"1,500.00"',
      '7022B,2027-02-11,400',
      '9999,2027-02-12,55',
      '',
    ].join('\n'),
  );
  return path;
}
