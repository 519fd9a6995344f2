import { beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_ACTUALS_SHEET, SAMPLE_AS_OF, SAMPLE_PLAN_SHEET } from '../../core/sample/sample-workbook.js';
import { FakeAppsScript } from '../fakes/sheets/fake-apps-script.js';
import { addSampleSheets } from './support/sample-sheets.js';
import { builtServerCode, failureOf, loadServer, type ServerGlobals } from './support/server-sandbox.js';

let code = '';
beforeAll(async () => {
  code = await builtServerCode();
});

const PMO = 'paula.weber@example.com';

/** Climbs `id` as far as `upTo` as the verified PMO; returns each move's message. */
function climb(server: ServerGlobals, id: string, upTo: number): string[] {
  const messages: string[] = [];
  for (;;) {
    const detail = server.initiative(id);
    if (detail.row.doi >= upTo || !detail.nextGate) return messages;
    const result = server.move({ id, kind: 'up', reason: '' });
    messages.push(result.message);
    if (!result.ok) throw new Error(`${result.message} ${result.problems.join(' ')}`);
  }
}

describe('the full journey through the global functions of Code.js', () => {
  it('converts the sample plan, gates, refuses and accepts a sign-off, and verifies the seal', () => {
    const gas = new FakeAppsScript({ user: PMO, timeZone: 'Europe/Berlin' });
    const userSheetsBefore = addSampleSheets(gas);
    const server = loadServer(code, gas);

    const overview = server.overview();
    expect(overview).toMatchObject({ hasRegister: false, identity: { name: PMO, kind: 'verified' } });
    expect(overview.userSheets).toEqual([SAMPLE_PLAN_SHEET, SAMPLE_ACTUALS_SHEET]);

    const source = { kind: 'sheet' as const, sheet: SAMPLE_PLAN_SHEET };
    const inspection = server.inspectSource(source);
    const table = inspection.tables.find((t) => t.verdict === 'plan');
    expect(table, inspection.error ?? 'no plan table').toBeDefined();
    const converted = server.convert(source, table!.mapping);
    expect(converted.counts.added).toBeGreaterThan(10);
    expect(converted.wrote.join(' ')).toContain('PG Register');

    server.saveSettings({ asOf: SAMPLE_AS_OF, pmo: [PMO], target: 3_000_000 });
    const actuals = server.importActuals({ kind: 'sheet', sheet: SAMPLE_ACTUALS_SHEET });
    expect(actuals.matchedRows).toBeGreaterThan(0);
    expect([...new Set(actuals.unmatched.map((u) => u.key))].sort()).toEqual(['CRM-0950', 'CRM-5001']);

    const register = server.refresh();
    expect(register.rows).toHaveLength(converted.counts.added);
    const first = register.rows.find(
      (r) => r.owner && r.controller && r.owner !== r.controller && r.actualToDate > 0,
    )!;
    const settings = server.settings();
    const moves = climb(server, first.id, settings.signOffLevel - 1);
    expect(moves.length).toBeGreaterThan(0);

    // The owner may not sign off their own initiative: refused, with the reason.
    const refused = gas.as(
      first.owner,
      () => {
        server.declareIdentity(first.owner);
        return server.signOff({ id: first.id, confirmedValue: first.actualToDate, evidence: 'CRM export' });
      },
      false,
    );
    expect(refused.ok).toBe(false);
    expect(refused.problems.length).toBeGreaterThan(0);

    // Its controller (no email shared by their domain: a declared name) signs it off.
    const signed = gas.as(
      first.controller,
      () => {
        expect(server.declareIdentity(first.controller)).toEqual({
          name: first.controller,
          kind: 'declared',
        });
        return server.signOff({
          id: first.id,
          confirmedValue: first.actualToDate,
          evidence: `CRM export ${SAMPLE_AS_OF}`,
          acknowledgeShortfall: true,
        });
      },
      false,
    );
    expect(signed.ok, signed.problems.join(' ')).toBe(true);
    expect(server.initiative(first.id).row).toMatchObject({
      state: 'closed',
      confirmedValue: first.actualToDate,
    });

    const verification = server.verify();
    expect(verification).toMatchObject({ ok: true, firstBroken: null, modifiedAfterSignOff: [] });
    expect(verification.checkedEvents).toBeGreaterThan(moves.length);
    expect(verification.notice).toMatch(/tamper-evident/i);

    // The audit log records who acted and how PlanGate knew.
    const audit = gas.spreadsheet.sheet('PG Audit').getDataRange().getValues();
    const flat = audit.map((row) => row.join('|'));
    expect(flat.some((line) => line.includes(PMO) && line.includes('verified'))).toBe(true);
    expect(
      flat.some(
        (line) => line.includes(first.controller) && line.includes('declared') && line.includes('sign-off'),
      ),
    ).toBe(true);
    expect(gas.spreadsheet.sheet('PG Audit').protections[0]?.warningOnly).toBe(true);

    // The user's own sheets were never touched.
    for (const [name, before] of Object.entries(userSheetsBefore)) {
      expect(gas.spreadsheet.sheet(name).getDataRange().getValues()).toEqual(before);
    }
    // Every write ran under the document lock and released it.
    expect(gas.lockService.document.acquired).toBeGreaterThan(3);
    expect(gas.lockService.document.holder).toBeNull();
  });

  it('shows where the chain breaks after someone edits PG Audit by hand', () => {
    const gas = new FakeAppsScript({ user: PMO });
    addSampleSheets(gas);
    const server = loadServer(code, gas);
    const source = { kind: 'sheet' as const, sheet: SAMPLE_PLAN_SHEET };
    const mapping = server.inspectSource(source).tables.find((t) => t.verdict === 'plan')!.mapping;
    server.convert(source, mapping);
    server.saveSettings({ pmo: [PMO] });
    const audit = gas.spreadsheet.sheet('PG Audit');
    const header = audit.getRange(1, 1, 1, audit.lastColumn()).getValues()[0].map(String);
    const actorColumn = header.findIndex((h) => /actor/i.test(h)) + 1;
    audit.getRange(2, actorColumn, 1, 1).setValues([['Someone Else']]);
    const verification = server.verify();
    expect(verification.ok).toBe(false);
    expect(verification.firstBroken?.row).toBe(2);
  });

  it('refuses a write while another person holds the document lock, and changes nothing', () => {
    const gas = new FakeAppsScript({ user: PMO });
    addSampleSheets(gas);
    const server = loadServer(code, gas);
    const release = gas.lockService.holdElsewhere();
    const source = { kind: 'sheet' as const, sheet: SAMPLE_PLAN_SHEET };
    const mapping = server.inspectSource(source).tables.find((t) => t.verdict === 'plan')!.mapping;
    expect(failureOf(() => server.convert(source, mapping))).toMatch(/Another PlanGate action is saving/);
    expect(gas.spreadsheet.getSheetByName('PG Register')).toBeNull();
    release();
    expect(server.convert(source, mapping).counts.added).toBeGreaterThan(0);
  });

  it('asks a person whose email is hidden for a name before recording an action', () => {
    const gas = new FakeAppsScript({ user: 'someone@gmail.com', emailVisible: false });
    addSampleSheets(gas);
    const server = loadServer(code, gas);
    expect(server.overview().identity).toBeNull();
    const source = { kind: 'sheet' as const, sheet: SAMPLE_PLAN_SHEET };
    const mapping = server.inspectSource(source).tables.find((t) => t.verdict === 'plan')!.mapping;
    expect(failureOf(() => server.convert(source, mapping))).toMatch(/enter your name/);
  });
});
