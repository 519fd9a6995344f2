/**
 * The least a Fluent UI pane does: the theme, a row of tabs, a labelled drop-down and a button —
 * the controls the playground's first pane shows — and the mark once they are on screen. Styles
 * are computed in the page (Griffel's runtime), where the playground's are compiled at build time.
 */
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Button,
  Field,
  FluentProvider,
  Select,
  Tab,
  TabList,
  webLightTheme,
} from '@fluentui/react-components';
import { INTERACTIVE_MARK } from '../../../ui/common/markInteractive.js';

const TABS = ['Convert plan', 'Register', 'Initiative', 'Sign-off', 'Portfolio', 'Integrity', 'Settings'];

function Controls() {
  useEffect(() => {
    performance.mark(INTERACTIVE_MARK);
  }, []);
  return (
    <FluentProvider theme={webLightTheme}>
      <TabList size="small" defaultSelectedValue={TABS[0]}>
        {TABS.map((tab) => (
          <Tab key={tab} value={tab}>
            {tab}
          </Tab>
        ))}
      </TabList>
      <Field label="Sheet with the plan">
        <Select>
          <option>Marketing Plan 2027</option>
        </Select>
      </Field>
      <Button appearance="primary">Read plan sheet</Button>
    </FluentProvider>
  );
}

createRoot(document.getElementById('root')!).render(<Controls />);
