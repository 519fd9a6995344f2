/**
 * The one error type that reaches a pane. `userMessage` says what went wrong and what to do, in
 * words for the person in front of the spreadsheet (it is also the Error's message, so it survives
 * hosts that pass only messages across, such as `google.script.run`).
 */
export class PlanGateError extends Error {
  constructor(readonly userMessage: string) {
    super(userMessage);
    this.name = 'PlanGateError';
  }
}

export function isPlanGateError(error: unknown): error is PlanGateError {
  return error instanceof PlanGateError;
}
