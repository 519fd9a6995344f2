import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { SHEETS } from '../../core/index.js';
import { usePaneStyles } from '../common/layout.js';
import { usePane } from '../PaneContext.js';

/** What the service could not use in PG Settings (unreadable cells, a ladder the gates cannot govern). */
export function SettingsProblems() {
  const s = usePaneStyles();
  // The App's overview, read again after every change: no second read of the workbook here.
  const { overview } = usePane();
  if (overview.status !== 'done') return null;
  const problems = overview.data.problems.filter((p) => p.sheet === SHEETS.settings);
  if (problems.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>PG Settings needs attention</MessageBarTitle>
        <ul className={s.list} aria-label="Problems in PG Settings">
          {problems.map((p) => (
            <li key={`${p.cell} ${p.message}`}>
              {p.sheet} {p.cell}: {p.message}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
