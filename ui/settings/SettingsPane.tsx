import { Divider } from '@fluentui/react-components';
import { AsyncView } from '../common/AsyncView.js';
import { usePaneStyles } from '../common/layout.js';
import { useAsync } from '../common/useAsync.js';
import { usePane } from '../PaneContext.js';
import { Diagnostics } from './Diagnostics.js';
import { IdentityForm } from './IdentityForm.js';
import { SettingsForm } from './SettingsForm.js';
import { SettingsProblems } from './SettingsProblems.js';

export function SettingsPane() {
  const s = usePaneStyles();
  // The App's overview (read again after every change) names who is acting: no second read of the workbook here.
  const { service, overview, selfTest } = usePane();
  // Loaded once: a reload after saving would reset what the user is typing.
  const settings = useAsync(() => service.settings(), [service]);
  return (
    <section className={s.pane} aria-label="Settings">
      <AsyncView state={settings} loading="Loading settings…">
        {(initial) => (
          <>
            <AsyncView state={overview} loading="Loading who is acting…">
              {(o) => <IdentityForm current={o.identity?.name ?? ''} />}
            </AsyncView>
            <Divider />
            <SettingsProblems />
            <SettingsForm initial={initial} />
            {selfTest && (
              <>
                <Divider />
                <Diagnostics run={selfTest} />
              </>
            )}
          </>
        )}
      </AsyncView>
    </section>
  );
}
