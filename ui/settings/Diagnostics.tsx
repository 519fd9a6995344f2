import { useState } from 'react';
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textarea,
} from '@fluentui/react-components';
import type { SelfTestReport } from '../../core/index.js';
import { errorText } from '../common/errorText.js';
import { usePaneStyles } from '../common/layout.js';

type State =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; report: SelfTestReport; copied: string | null }
  | { status: 'error'; message: string };

/**
 * Settings › Diagnostics: runs the host's self-test (given by the host, never a host API here)
 * and shows every step with its time and round trips, plus the report as text to copy and send.
 */
export function Diagnostics({ run }: { run: () => Promise<SelfTestReport> }) {
  const s = usePaneStyles();
  const [state, setState] = useState<State>({ status: 'idle' });
  const start = async () => {
    setState({ status: 'running' });
    try {
      setState({ status: 'done', report: await run(), copied: null });
    } catch (error) {
      setState({ status: 'error', message: errorText(error) });
    }
  };
  const copy = async (report: SelfTestReport) => {
    let copied = 'Copied: paste it into your reply.';
    try {
      await navigator.clipboard.writeText(report.text);
    } catch {
      copied = 'Copying is blocked here: select the text above and copy it.';
    }
    setState({ status: 'done', report, copied });
  };
  return (
    <section aria-label="Diagnostics" className={s.pane}>
      <h3>Diagnostics</h3>
      <p>
        The self-test converts a built-in sample plan into scratch sheets named “PG Self-test …” in this
        workbook, refreshes it, moves an initiative through its gates, signs it off, verifies the seal and
        deletes the scratch sheets. Your own sheets and your register are not changed.
      </p>
      <Button disabled={state.status === 'running'} onClick={() => void start()}>
        Run self-test
      </Button>
      {state.status === 'running' && <Spinner size="tiny" label="Running the self-test…" />}
      {state.status === 'error' && (
        <MessageBar intent="error">
          <MessageBarBody>{state.message}</MessageBarBody>
        </MessageBar>
      )}
      {state.status === 'done' && (
        <>
          <MessageBar intent={state.report.ok ? 'success' : 'error'}>
            <MessageBarBody>
              {state.report.ok ? 'Self-test passed' : 'Self-test failed'}: {state.report.host}{' '}
              {state.report.version}, {Math.round(state.report.totalMs)} ms, {state.report.totalRoundTrips}{' '}
              round trips.
            </MessageBarBody>
          </MessageBar>
          <Table size="extra-small" aria-label="Self-test steps">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Step</TableHeaderCell>
                <TableHeaderCell>Result</TableHeaderCell>
                <TableHeaderCell>ms</TableHeaderCell>
                <TableHeaderCell>Round trips</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {state.report.steps.map((step) => (
                <TableRow key={step.name}>
                  <TableCell>{step.name}</TableCell>
                  <TableCell>{step.ok ? `ok: ${step.detail}` : `failed: ${step.detail}`}</TableCell>
                  <TableCell>{Math.round(step.ms)}</TableCell>
                  <TableCell>{step.roundTrips}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Field label="Report to send" hint="Copy it into your reply to whoever asked you to test PlanGate.">
            <Textarea readOnly value={state.report.text} rows={12} />
          </Field>
          <Button onClick={() => void copy(state.report)}>Copy report</Button>
          {state.copied && <p role="status">{state.copied}</p>}
        </>
      )}
    </section>
  );
}
