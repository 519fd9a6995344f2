/** Why a file was refused, for callers that react to the kind (tests, exit codes, the playground). */
export type UnreadableReason =
  'format' | 'truncated' | 'damaged' | 'encrypted' | 'bomb' | 'too-large' | 'timeout' | 'memory';

/** Thrown for a file PlanGate cannot read; the message is written for the user. */
export class UnreadableFileError extends Error {
  constructor(
    message: string,
    readonly reason: UnreadableReason = 'damaged',
  ) {
    super(message);
    this.name = 'UnreadableFileError';
  }
}
