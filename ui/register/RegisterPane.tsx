import { useState } from 'react';
import { Button, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { AsyncView } from '../common/AsyncView.js';
import { usePaneStyles } from '../common/layout.js';
import { useAsync } from '../common/useAsync.js';
import { usePane } from '../PaneContext.js';
import { filterRows, NO_FILTER } from './filterRows.js';
import { RegisterFilters } from './RegisterFilters.js';
import { RegisterTable } from './RegisterTable.js';

/** All initiatives, recomputed from the sheets, with search and filters. */
export function RegisterPane() {
  const s = usePaneStyles();
  const { service, version, go } = usePane();
  const state = useAsync(() => service.refresh(), [service, version]);
  const [filter, setFilter] = useState(NO_FILTER);
  return (
    <section className={s.pane} aria-label="Register">
      <AsyncView state={state} loading="Recomputing the register…">
        {(register) => {
          if (register.rows.length === 0)
            return (
              <MessageBar intent="info">
                <MessageBarBody>
                  No initiatives yet. Convert a plan to create the register.{' '}
                  <Button size="small" onClick={() => go('convert')}>
                    Convert plan
                  </Button>
                </MessageBarBody>
              </MessageBar>
            );
          const shown = filterRows(register.rows, filter);
          return (
            <>
              <RegisterFilters rows={register.rows} filter={filter} onChange={setFilter} />
              <Text size={200} className={s.muted} role="status">
                {shown.length} of {register.rows.length} initiatives · as of {register.asOf}
                {register.wrote.length > 0 && ` · updated ${register.wrote.join(', ')}`}
              </Text>
              {register.problems.length > 0 && (
                <MessageBar intent="warning" layout="multiline">
                  <MessageBarBody>
                    <ul className={s.list}>
                      {register.problems.map((p) => (
                        <li key={`${p.sheet}!${p.cell}`}>
                          {p.sheet}!{p.cell}: {p.message}
                        </li>
                      ))}
                    </ul>
                  </MessageBarBody>
                </MessageBar>
              )}
              {shown.length === 0 ? (
                <Text>No initiative matches these filters.</Text>
              ) : (
                <RegisterTable rows={shown} />
              )}
            </>
          );
        }}
      </AsyncView>
    </section>
  );
}
