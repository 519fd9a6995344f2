/** What a user reads when a service call fails: the error's own message, never a stack. */
export function errorText(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === 'string' && error) return error;
  return 'Something went wrong. Try again; if it persists, reload the page.';
}
