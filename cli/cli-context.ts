/** What a command needs from the process: output streams, the clock and who is acting. */
export interface CliContext {
  out: (text: string) => void;
  err: (text: string) => void;
  /** A transient status line on a terminal (nothing when output is piped). */
  progress: (text: string) => void;
  now: () => Date;
  /** Declared identity recorded in the audit log (`--as`, PLANGATE_USER, or the login name). */
  actor: string;
}
