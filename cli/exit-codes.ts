/** Exit codes of every command (documented in cli/README.md). */
export const EXIT = {
  ok: 0,
  /** Findings: the seal is broken, or nothing could be imported. */
  findings: 1,
  /** The command was called wrongly: unknown option, missing file argument. */
  usage: 2,
  /** An input file is missing or cannot be read. */
  unreadable: 3,
  /** Another PlanGate is updating the same register: nothing was read or written. */
  busy: 4,
} as const;

/** An error the command line reports as it is, with its exit code. */
export class CliError extends Error {
  constructor(
    readonly exitCode: number,
    message: string,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export const usageError = (message: string, command?: string): CliError =>
  new CliError(
    EXIT.usage,
    `${message}\nRun 'plangate ${command ? `${command} ` : ''}--help' for how to call it.`,
  );
