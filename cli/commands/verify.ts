import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { openWorkbook } from '../files.js';
import { call, openService } from '../open-service.js';

export const verifyCommand: Command = {
  name: 'verify',
  summary: 'check the audit seal and that signed-off values are unchanged',
  help: `Usage: plangate verify REGISTER.xlsx [--json]

Recomputes the SHA-256 hash chain of PG Audit and compares every closed initiative with the
values sealed at its sign-off. Tamper-evident, not tamper-proof: a changed cell is detected and
named, but nothing stops someone from changing it.

Options:
  --json      print the verification as JSON
  -h, --help  show this help

Exit codes: 0 intact · 1 the chain is broken or signed-off values changed · 2 usage · 3 unreadable file`,
  options: { json: { type: 'boolean' } },
  positionals: { min: 1, max: 1, names: 'one REGISTER.xlsx' },
  async run(values, [path], ctx) {
    ctx.progress(`Reading ${path}…`);
    const { file } = await openWorkbook(path);
    const result = await call(openService(file, ctx).verify(), path);
    const intact = result.ok && result.modifiedAfterSignOff.length === 0;
    if (values.json) {
      ctx.out(JSON.stringify({ file: path, intact, ...result }, null, 2));
      return intact ? EXIT.ok : EXIT.findings;
    }
    if (result.firstBroken) {
      const b = result.firstBroken;
      ctx.out(
        `${path}: BROKEN at PG Audit row ${b.row} (${b.time} ${b.action}${b.initiative ? ` ${b.initiative}` : ''}): ${b.message}`,
      );
    }
    for (const m of result.modifiedAfterSignOff)
      ctx.out(`${path}: ${m.id} ${m.name} changed after sign-off (${m.fields.join(', ')}): ${m.message}`);
    if (intact)
      ctx.out(
        `${path}: intact — ${result.checkedEvents} audit events verified, signed-off values unchanged.`,
      );
    ctx.out(result.notice);
    return intact ? EXIT.ok : EXIT.findings;
  },
};
