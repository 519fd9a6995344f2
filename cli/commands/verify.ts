import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { openWorkbook } from '../files.js';
import { call, openService } from '../open-service.js';

export const verifyCommand: Command = {
  name: 'verify',
  summary: 'check the audit seal and that signed-off values are unchanged',
  help: `Usage: plangate verify REGISTER.xlsx [--json]

Recomputes the SHA-256 hash chain of PG Audit and checks the register against it: every closed
initiative against the values sealed at its sign-off, every DoI and State against the events that
reached it, every governed initiative still present, PG Settings against the settings PG Audit
recorded last, and every PG sheet cell PlanGate cannot read (missing or repeated IDs among them).
Each finding is listed with its sheet and cell. Tamper-evident, not tamper-proof: a changed cell is detected and
named, but nothing stops someone from changing it.

Options:
  --json      print the verification as JSON
  -h, --help  show this help

Exit codes: 0 intact · 1 any finding, or no register · 2 usage · 3 unreadable file`,
  options: { json: { type: 'boolean' } },
  positionals: { min: 1, max: 1, names: 'one REGISTER.xlsx' },
  async run(values, [path], ctx) {
    ctx.progress(`Reading ${path}…`);
    const { file } = await openWorkbook(path);
    const result = await call(openService(file, ctx).verify(), path);
    const intact = result.ok;
    if (values.json) {
      ctx.out(JSON.stringify({ file: path, intact, ...result }, null, 2));
      return intact ? EXIT.ok : EXIT.findings;
    }
    if (!result.hasRegister) ctx.out(`${path}: no register.`);
    else if (!intact)
      ctx.out(
        `${path}: NOT INTACT — ${result.findings.length} finding${result.findings.length === 1 ? '' : 's'} (${result.checkedEvents} audit events checked):`,
      );
    for (const f of result.findings)
      ctx.out(`${path}: ${f.sheet}${f.cell ? ` ${f.cell}` : ''}: ${f.message}`);
    if (intact)
      ctx.out(
        `${path}: intact — ${result.checkedEvents} audit events verified, signed-off values, levels and settings as recorded.`,
      );
    ctx.out(result.notice);
    return intact ? EXIT.ok : EXIT.findings;
  },
};
