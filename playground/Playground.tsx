import { useCallback, useMemo, useState } from 'react';
import { FluentProvider, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import type { GovernanceService } from '../core/index.js';
import { App } from '../ui/App.js';
import type { AppStart } from '../ui/appStart.js';
import { ActingAs } from './ActingAs.js';
import { GridView } from './grid/GridView.js';
import type { ObservableWorkbook } from './observable-workbook.js';
import type { createSignal } from './signal.js';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', height: '100vh' },
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  title: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400, margin: 0 },
  note: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, marginRight: 'auto' },
  body: {
    display: 'flex',
    flexGrow: 1,
    minHeight: 0,
    '@media (max-width: 800px)': { flexDirection: 'column', overflow: 'auto' },
  },
  grid: {
    display: 'flex',
    flexGrow: 1,
    minWidth: 0,
    minHeight: '300px',
    padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS}`,
  },
  pane: {
    width: '380px',
    flexShrink: 0,
    overflowY: 'auto',
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
    '@media (max-width: 800px)': { width: 'auto', borderLeft: 'none', overflowY: 'visible' },
  },
});

interface Props {
  workbook: ObservableWorkbook;
  service: GovernanceService;
  initialName: string;
  start?: AppStart;
  identityChanged: ReturnType<typeof createSignal>;
}

/**
 * The service the panes use: a name declared in the Settings pane also becomes the one
 * "Acting as" shows, so the header and the audit log never disagree about who acts.
 */
function reportingDeclarations(
  service: GovernanceService,
  declared: (name: string) => void,
): GovernanceService {
  return new Proxy(service, {
    get(target, method: keyof GovernanceService | 'then') {
      if (method === 'then') return undefined;
      if (method !== 'declareIdentity') return Reflect.get(target, method) as unknown;
      return async (name: string) => {
        const identity = await target.declareIdentity(name);
        declared(identity.name);
        return identity;
      };
    },
  });
}

/** The grid of the in-memory workbook beside the same panes Excel and Sheets show. */
export function Playground({ workbook, service, initialName, start, identityChanged }: Props) {
  const s = useStyles();
  const [name, setName] = useState(initialName);
  const paneService = useMemo(() => reportingDeclarations(service, setName), [service]);
  const actAs = (next: string) => {
    setName(next);
    void service.declareIdentity(next).then(() => identityChanged.emit());
  };
  // Panes reload after hand edits and identity switches, not after their own writes.
  const subscribeChanges = useCallback(
    (onChange: () => void) => {
      const a = workbook.onHandEdit(onChange);
      const b = identityChanged.subscribe(onChange);
      return () => {
        a();
        b();
      };
    },
    [workbook, identityChanged],
  );
  return (
    <FluentProvider theme={webLightTheme} className={s.page}>
      <header className={s.bar}>
        <h1 className={s.title}>PlanGate playground</h1>
        <span className={s.note}>
          A sample plan, set on 30 April 2027. Everything stays in this browser tab; nothing is uploaded.
        </span>
        <ActingAs workbook={workbook} service={service} current={name} onChange={actAs} />
      </header>
      <div className={s.body}>
        <div className={s.grid}>
          <GridView workbook={workbook} />
        </div>
        <aside className={s.pane} aria-label="PlanGate task pane">
          <App service={paneService} start={start} subscribeChanges={subscribeChanges} />
        </aside>
      </div>
    </FluentProvider>
  );
}
