import { Button, Link, MessageBar, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import { AsyncView } from '../common/AsyncView.js';
import type { PaneClasses } from '../common/layout.js';
import type { VerificationDto } from '../../core/index.js';
import type { IntegrityPaneState } from './useIntegrityPane.js';

const NOTICE =
  'Tamper-evident, not tamper-proof: PlanGate can show that sealed values or audit rows were changed, it cannot prevent anyone from editing the workbook.';

/** The kinds the sections above show in their own words. */
const SHOWN_ABOVE = new Set(['chain broken', 'changed after sign-off', 'level not recorded']);

/** Findings of every other kind (settings edited by hand, no register, unreadable cells…), at their cells. */
function otherFindings(findings: VerificationDto['findings'] | undefined): VerificationDto['findings'] {
  return (findings ?? []).filter((f) => !SHOWN_ABOVE.has(f.kind));
}

/** The verification drawn from its state: intact or where it breaks, and what changed after sign-off. */
export function renderIntegrityPane({ state, openInitiative, format }: IntegrityPaneState, s: PaneClasses) {
  return (
    <section className={s.pane} aria-label="Integrity">
      <div className={s.row}>
        <Button appearance="primary" onClick={state.reload} disabled={state.status === 'loading'}>
          Verify now
        </Button>
      </div>
      <AsyncView state={state} loading="Checking the audit chain and the seals…">
        {(v) => (
          <>
            {v.ok ? (
              <MessageBar intent="success" role="status">
                <MessageBarBody>
                  <MessageBarTitle>Intact</MessageBarTitle>
                  {v.checkedEvents} audit events checked: the chain is unbroken and every signed-off
                  initiative matches its seal.
                </MessageBarBody>
              </MessageBar>
            ) : (
              <MessageBar intent="error" layout="multiline" role="alert">
                <MessageBarBody>
                  <MessageBarTitle>Changes found</MessageBarTitle>
                  {v.checkedEvents} audit events checked.
                </MessageBarBody>
              </MessageBar>
            )}
            {v.firstBroken && (
              <div>
                <h3 className={s.h}>Audit chain broken</h3>
                <Text as="p">
                  PG Audit row {v.firstBroken.row} ({v.firstBroken.action}
                  {v.firstBroken.initiative && ` of ${v.firstBroken.initiative}`},{' '}
                  {format.dateTime(v.firstBroken.time)}
                  ): {v.firstBroken.message}
                </Text>
              </div>
            )}
            {(v.levelsWithoutAudit ?? []).length > 0 && (
              <div>
                <MessageBar intent="warning" layout="multiline">
                  <MessageBarBody>
                    <MessageBarTitle>Levels set by hand</MessageBarTitle>
                    {v.levelsWithoutAudit!.length === 1
                      ? '1 initiative shows'
                      : `${v.levelsWithoutAudit!.length} initiatives show`}{' '}
                    a DoI or state in PG Register that PG Audit does not record: it skipped the gates.
                  </MessageBarBody>
                </MessageBar>
                <ul className={s.list} aria-label="Levels set by hand">
                  {v.levelsWithoutAudit!.map((m) => (
                    <li key={m.id}>
                      <Link as="button" onClick={() => openInitiative(m.id)}>
                        {m.name ? `${m.id} ${m.name}` : m.id}
                      </Link>
                      : {m.message}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {v.modifiedAfterSignOff.length > 0 && (
              <div>
                <h3 className={s.h}>Modified after sign-off</h3>
                <ul className={s.list} aria-label="Modified after sign-off">
                  {v.modifiedAfterSignOff.map((m) => (
                    <li key={m.id}>
                      <Link as="button" onClick={() => openInitiative(m.id)}>
                        {m.id} {m.name}
                      </Link>{' '}
                      — fields {m.fields.join(', ')}: {m.message}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {otherFindings(v.findings).length > 0 && (
              <div>
                <h3 className={s.h}>Other findings</h3>
                <ul className={s.list} aria-label="Other findings">
                  {otherFindings(v.findings).map((f, i) => (
                    <li key={`${f.sheet}-${f.cell ?? ''}-${i}`}>
                      {f.sheet}
                      {f.cell ? ` ${f.cell}` : ''}: {f.message}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            <Text as="p" size={200}>
              {v.notice || NOTICE}
            </Text>
          </>
        )}
      </AsyncView>
      {state.status !== 'done' && (
        <Text as="p" size={200}>
          {NOTICE}
        </Text>
      )}
    </section>
  );
}
