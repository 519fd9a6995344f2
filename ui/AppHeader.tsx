import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { OverviewDto } from '../core/index.js';
import { errorText } from './common/errorText.js';
import { useAppStyles } from './appStyles.js';

/** Who is acting and as of when; problems reading the PG sheets are shown right away. */
export function AppHeader({ overview, error }: { overview: OverviewDto | null; error: unknown }) {
  const s = useAppStyles();
  const who = overview?.identity;
  return (
    <>
      <header className={s.header}>
        <span className={s.title}>PlanGate</span>
        {overview && (
          <span className={s.meta}>
            {who ? `${who.name} (${who.kind})` : 'No name declared'} · as of {overview.asOf} ·{' '}
            {overview.currency}
          </span>
        )}
      </header>
      {error !== null && (
        <MessageBar intent="error">
          <MessageBarBody>{errorText(error)}</MessageBarBody>
        </MessageBar>
      )}
      {overview && overview.problems.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            PlanGate could not read {overview.problems.length} cell(s):
            <ul>
              {overview.problems.slice(0, 5).map((p) => (
                <li key={`${p.sheet}!${p.cell}`}>
                  {p.sheet}!{p.cell}: {p.message}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
