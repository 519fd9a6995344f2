/**
 * What google.script.run's failure handler receives (an Error-like object or a string) turned
 * into an Error whose message a person can act on. Server messages from PlanGate pass unchanged;
 * Apps Script's own failures are translated.
 */
const TRANSLATIONS: [RegExp, string][] = [
  [
    /NetworkError|HTTP 0|Failed to fetch/i,
    'Google Sheets could not be reached. Check your connection, then try again.',
  ],
  [
    /Exceeded maximum execution time/i,
    'This took longer than Google allows one step to run (6 minutes). Nothing was half-written: try again with a smaller plan or fewer sheets.',
  ],
  [
    /Authorization is required|You do not have permission|PERMISSION_DENIED/i,
    'PlanGate needs your permission for this spreadsheet: close the sidebar, open it again from Extensions › PlanGate and accept the request.',
  ],
  [
    /Service Spreadsheets timed out|Service unavailable|try again later/i,
    'Google Sheets is busy right now. Wait a moment, then try again.',
  ],
];

export function readableError(raw: unknown): Error {
  const message =
    typeof raw === 'string'
      ? raw
      : raw && typeof raw === 'object' && 'message' in raw && typeof raw.message === 'string'
        ? raw.message
        : '';
  const clean = message.replace(/^(Exception|Error|ScriptError):\s*/i, '').trim();
  for (const [pattern, text] of TRANSLATIONS) if (pattern.test(clean)) return new Error(text);
  return new Error(
    clean ||
      'Google Sheets reported a problem without saying what. Try again; if it repeats, reload the sidebar.',
  );
}
