import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CliContext } from './cli-context.js';
import { usageError } from './exit-codes.js';

export type OptionValues = Record<string, string | boolean | undefined>;

export interface Command {
  name: string;
  /** One line for `plangate --help`. */
  summary: string;
  /** The full `--help` text. */
  help: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** How many file arguments it takes. */
  positionals: { min: number; max: number; names: string };
  run(values: OptionValues, positionals: string[], ctx: CliContext): Promise<number>;
}

/** Options every command accepts. */
export const COMMON_OPTIONS: NonNullable<ParseArgsConfig['options']> = {
  help: { type: 'boolean', short: 'h' },
  as: { type: 'string' },
};

/** Parse a command's arguments; anything unexpected is a usage error (exit 2) that says what was wrong. */
export function parseCommandArgs(
  command: Command,
  argv: string[],
): { values: OptionValues; positionals: string[] } {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: argv,
      options: { ...COMMON_OPTIONS, ...command.options },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw usageError((error as Error).message.replace(/\. To specify a positional.*$/s, '.'), command.name);
  }
  const values = parsed.values as OptionValues;
  if (values.help) return { values, positionals: parsed.positionals };
  const count = parsed.positionals.length;
  if (count < command.positionals.min) {
    throw usageError(`plangate ${command.name} needs ${command.positionals.names}.`, command.name);
  }
  if (count > command.positionals.max) {
    throw usageError(
      `plangate ${command.name} takes ${command.positionals.names}, but got ${count} files: ${parsed.positionals.join(', ')}.`,
      command.name,
    );
  }
  return { values, positionals: parsed.positionals };
}
