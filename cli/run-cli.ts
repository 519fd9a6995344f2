import type { CliContext } from './cli-context.js';
import { parseCommandArgs, type Command } from './command.js';
import { actualsCommand } from './commands/actuals.js';
import { convertCommand } from './commands/convert.js';
import { inspectCommand } from './commands/inspect.js';
import { reportCommand } from './commands/report.js';
import { verifyCommand } from './commands/verify.js';
import { CliError, EXIT, usageError } from './exit-codes.js';

export const COMMANDS: readonly Command[] = [
  inspectCommand,
  convertCommand,
  actualsCommand,
  reportCommand,
  verifyCommand,
];

export const VERSION = '0.1.0';

export function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Usage: plangate COMMAND [options]',
    '',
    'Governed initiative registers from the plans in your spreadsheets.',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    "Run 'plangate COMMAND --help' for a command's options.",
    'Exit codes: 0 ok · 1 findings (broken seal, nothing importable) · 2 usage error · 3 unreadable input',
  ].join('\n');
}

/** Run one command line; returns the exit code. Every error ends as a message, never a stack trace. */
export async function runCli(argv: string[], ctx: CliContext): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      const topic = name === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
      ctx.out(topic ? topic.help : mainHelp());
      return name === undefined ? EXIT.usage : EXIT.ok;
    }
    if (name === '--version' || name === '-v') {
      ctx.out(VERSION);
      return EXIT.ok;
    }
    const command = COMMANDS.find((c) => c.name === name);
    if (!command)
      throw usageError(
        `'${name}' is not a plangate command. Commands: ${COMMANDS.map((c) => c.name).join(', ')}.`,
      );
    const { values, positionals } = parseCommandArgs(command, rest);
    if (values.help) {
      ctx.out(command.help);
      return EXIT.ok;
    }
    const actor = typeof values.as === 'string' && values.as.trim() !== '' ? values.as.trim() : ctx.actor;
    return await command.run(values, positionals, { ...ctx, actor });
  } catch (error) {
    if (error instanceof CliError) {
      ctx.err(error.message);
      return error.exitCode;
    }
    const detail = error instanceof Error ? error.message : String(error);
    ctx.err(
      `plangate ${name ?? ''} stopped unexpectedly: ${detail}. No file was written. Please report this with the command you ran.`,
    );
    return EXIT.findings;
  }
}
