import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { errorText } from './errorText.js';

export interface WriteResult {
  ok: boolean;
  message: string;
  problems?: string[];
  wrote?: string[];
}

/** Turns a thrown error into a result the bar can show. */
export function failed(error: unknown): WriteResult {
  return { ok: false, message: errorText(error) };
}

/** Every write shows what it wrote (or why it was refused), line by line. */
export function ResultBar({ result }: { result: WriteResult | null }) {
  if (!result) return null;
  // A refusal's message often is its only reason: say it once.
  const problems = (result.problems ?? []).filter((p) => p !== result.message);
  const wrote = result.wrote ?? [];
  return (
    <MessageBar
      intent={result.ok ? 'success' : 'error'}
      layout="multiline"
      role={result.ok ? 'status' : 'alert'}
    >
      <MessageBarBody>
        <MessageBarTitle>{result.ok ? 'Done' : 'Not done'}</MessageBarTitle>
        {result.message}
        {problems.length > 0 && (
          <ul aria-label="Reasons">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
        {wrote.length > 0 && (
          <ul aria-label="Wrote">
            {wrote.map((w) => (
              <li key={w}>Wrote {w}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
