/**
 * The part of `google.script.run` the sidebar uses. Each call starts from a fresh runner:
 * handlers set on one runner apply to the next call made through it.
 */
export interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
}

/** `google.script.run` of the page Apps Script serves the sidebar in. */
export function pageScriptRunner(): ScriptRunner {
  const google = (globalThis as { google?: { script?: { run?: ScriptRunner } } }).google;
  const run = google?.script?.run;
  if (!run)
    throw new Error('PlanGate must be opened from Google Sheets (Extensions › PlanGate › Open PlanGate).');
  return run;
}
