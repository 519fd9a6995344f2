import { Divider } from '@fluentui/react-components';
import { AsyncView } from '../common/AsyncView.js';
import { usePaneStyles } from '../common/layout.js';
import { useAsync } from '../common/useAsync.js';
import { usePane } from '../PaneContext.js';
import { IdentityForm } from './IdentityForm.js';
import { SettingsForm } from './SettingsForm.js';
import { SettingsProblems } from './SettingsProblems.js';

export function SettingsPane() {
  const s = usePaneStyles();
  const { service } = usePane();
  // Loaded once: a reload after saving would reset what the user is typing.
  const state = useAsync(() => Promise.all([service.settings(), service.overview()]), [service]);
  return (
    <section className={s.pane} aria-label="Settings">
      <AsyncView state={state} loading="Loading settings…">
        {([settings, overview]) => (
          <>
            <IdentityForm current={overview.identity?.name ?? ''} />
            <Divider />
            <SettingsProblems />
            <SettingsForm initial={settings} />
          </>
        )}
      </AsyncView>
    </section>
  );
}
